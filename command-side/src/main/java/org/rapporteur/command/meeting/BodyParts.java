package org.rapporteur.command.meeting;

import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.experts.ExpertBodyMembersElected;
import org.rapporteur.events.finance.ContributionPledged;
import org.rapporteur.events.officers.ActingOfficerDesignated;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.events.officers.TermOfOffice;
import org.rapporteur.events.statements.CourtesiesExpressed;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.WrittenStatementCirculated;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;
import org.rapporteur.events.decisions.ConsiderationDeferred;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The offices, holders, speakers and sessions an action names, with where in its facts each is. */
final class BodyParts {

    private BodyParts() {
    }

    static List<Map.Entry<String, String>> offices(MeetingEvent action) {
        if (action instanceof OfficersElected e) {
            return List.of(entry("office", e.office()));
        }
        if (action instanceof ActingOfficerDesignated a) {
            return List.of(entry("office", a.office()));
        }
        if (action instanceof RotationUnderstandingRecorded r) {
            return List.of(entry("office", r.office()));
        }
        if (action instanceof org.rapporteur.events.officers.SecretariatMemberServed s && s.office() != null) {
            return List.of(entry("office", s.office()));
        }
        return List.of();
    }

    static List<Map.Entry<String, Holder>> holders(MeetingEvent action) {
        List<Map.Entry<String, Holder>> holders = new ArrayList<>();
        if (action instanceof OfficersElected e) {
            for (int i = 0; i < e.elected().size(); i++) {
                holders.add(entry("elected[" + i + "].holder", e.elected().get(i).holder()));
            }
            List<Ballot> ballots = e.ballots() == null ? List.of() : e.ballots();
            for (int b = 0; b < ballots.size(); b++) {
                for (int c = 0; c < ballots.get(b).candidates().size(); c++) {
                    holders.add(entry("ballots[" + b + "].candidates[" + c + "].candidate",
                            ballots.get(b).candidates().get(c).candidate()));
                }
            }
        } else if (action instanceof ActingOfficerDesignated a) {
            holders.add(entry("holder", a.holder()));
        } else if (action instanceof SubsidiaryBodyEstablished s && s.chairs() != null) {
            for (int i = 0; i < s.chairs().size(); i++) {
                holders.add(entry("chairs[" + i + "].holder", s.chairs().get(i).holder()));
            }
        } else if (action instanceof SubsidiaryBodyReported r && r.presentedBy() != null) {
            holders.add(entry("presentedBy", r.presentedBy()));
        } else if (action instanceof ExpertBodyMembersElected x) {
            for (int i = 0; i < x.members().size(); i++) {
                holders.add(entry("members[" + i + "].member", x.members().get(i).member()));
            }
        }
        holders.removeIf(h -> h.getValue() == null);
        return holders;
    }

    static List<Map.Entry<String, Speaker>> speakers(MeetingEvent action) {
        List<Map.Entry<String, Speaker>> speakers = new ArrayList<>();
        if (action instanceof StatementDelivered s) {
            speakers.add(entry("speaker", s.speaker()));
        } else if (action instanceof WrittenStatementCirculated w) {
            speakers.add(entry("by", w.by()));
        } else if (action instanceof ContributionPledged p) {
            speakers.add(entry("by", p.by()));
        } else if (action instanceof CourtesiesExpressed c) {
            for (int i = 0; i < c.by().size(); i++) {
                speakers.add(entry("by[" + i + "]", c.by().get(i)));
            }
        }
        speakers.removeIf(s -> s.getValue() == null);
        return speakers;
    }

    static List<Map.Entry<String, SessionRef>> sessions(MeetingEvent action) {
        List<Map.Entry<String, SessionRef>> sessions = new ArrayList<>();
        if (action instanceof OfficersElected e) {
            sessions.add(entry("forSession", e.forSession()));
            for (int i = 0; i < e.elected().size(); i++) {
                terms(sessions, "elected[" + i + "].term", e.elected().get(i).term());
            }
        } else if (action instanceof RotationUnderstandingRecorded r) {
            sessions.add(entry("atSession", r.atSession()));
        } else if (action instanceof ExpertBodyMembersElected x) {
            for (int i = 0; i < x.members().size(); i++) {
                terms(sessions, "members[" + i + "].term", x.members().get(i).term());
            }
        } else if (action instanceof ConsiderationDeferred d) {
            sessions.add(entry("toSession", d.toSession()));
        } else if (action instanceof NextSessionDecided n) {
            sessions.add(entry("session", n.session()));
        } else if (action instanceof NextPresidentElected p) {
            sessions.add(entry("of", p.of()));
        } else if (action instanceof ReviewConferencePresidencyDecided r) {
            sessions.add(entry("conference", r.conference()));
        } else if (action instanceof EstimatedCostsAdopted c) {
            sessions.add(entry("meeting", c.meeting()));
        } else if (action instanceof IntersessionalMeetingsDecided i) {
            sessions.add(entry("datesCommunicatedByPresidentOf", i.datesCommunicatedByPresidentOf()));
        } else if (action instanceof WorkingGroupCoordinatorsAppointed w) {
            for (int g = 0; g < w.groups().size(); g++) {
                for (int s = 0; s < w.groups().get(g).seats().size(); s++) {
                    sessions.add(entry("groups[" + g + "].seats[" + s + "].term.until",
                            w.groups().get(g).seats().get(s).term().until()));
                }
            }
        }
        sessions.removeIf(s -> s.getValue() == null);
        return sessions;
    }

    private static void terms(List<Map.Entry<String, SessionRef>> into, String at, TermOfOffice term) {
        if (term != null) {
            if (term.from() != null) {
                into.add(entry(at + ".from", term.from()));
            }
            if (term.until() != null) {
                into.add(entry(at + ".until", term.until()));
            }
        }
    }

    /** A named part, which may be absent (dropped by the callers). */
    private static <T> Map.Entry<String, T> entry(String at, T value) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(at, value);
    }

    static long given(Object... values) {
        return Stream.of(values).filter(v -> v != null && !(v instanceof String s && s.isBlank())
                && !(v instanceof org.rapporteur.events.Text t && t.text().isBlank())).count();
    }

    static String unknown(String what, String key, java.util.Collection<String> known) {
        return key + " is not " + what + " (its profile has: " + String.join(", ", new java.util.TreeSet<>(known)) + ")";
    }
}
