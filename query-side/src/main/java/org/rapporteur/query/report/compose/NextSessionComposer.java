package org.rapporteur.query.report.compose;

import org.rapporteur.events.MeetingRef;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.NextMeetingScheduled;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the meeting decided about later sessions: the next President, the next meeting's dates and venue, who
 * presides a future conference, intersessional meetings, each decision with the estimated costs it adopts
 * (rule "a decision with the costs it adopts": costs of the same session join its paragraph, logged before or after).
 */
final class NextSessionComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.NEXT_PRESIDENT, ReportFact.NEXT_MEETING, ReportFact.ESTIMATED_COSTS,
                ReportFact.INTERSESSIONAL_MEETINGS, ReportFact.FUTURE_PRESIDENCY);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        switch (o.kind()) {
            case NEXT_PRESIDENT -> nextPresident(o, (NextPresidentElected) o.facts(), c);
            case NEXT_MEETING -> {
                if (o.facts() instanceof org.rapporteur.events.meeting.NextSessionDecided n) {
                    Proceedings.nextSession(o, n, c);
                } else {
                    nextMeeting(o, (NextMeetingScheduled) o.facts(), c);
                }
            }
            case FUTURE_PRESIDENCY -> presidency(o, (ReviewConferencePresidencyDecided) o.facts(), c);
            case ESTIMATED_COSTS -> costsAlone(o, (EstimatedCostsAdopted) o.facts(), c);
            case INTERSESSIONAL_MEETINGS -> {
                IntersessionalMeetingsDecided d = (IntersessionalMeetingsDecided) o.facts();
                c.paragraph(c.say.say("intersessional-meetings", "decidedBy", d.underDecisionOf(),
                        "meeting", d.datesCommunicatedByPresidentOf() == null ? ""
                                : c.names.reference(d.datesCommunicatedByPresidentOf(), true)), o.eventIds());
            }
            default -> {
            }
        }
    }

    private static void nextPresident(Occurrence o, NextPresidentElected n, Context c) {
        Prose text = new Prose(c.say).sentence(c.say.say("next-president", "person", c.names.personWithPosition(n.president()),
                "meeting", c.names.reference(n.of(), false), "year", n.year() == null ? null : String.valueOf(n.year())));
        if (n.termDecidedBy() != null) {
            text.sentence(c.say.say("next-president.term", "decidedBy", n.termDecidedBy(), "pronoun", Names.pronoun(n.president()),
                    "current", c.names.meeting(), "meeting", c.names.reference(n.of(), false)));
        }
        c.paragraph(text.toString(), o.eventIds());
    }

    private static void nextMeeting(Occurrence o, NextMeetingScheduled n, Context c) {
        List<String> ids = new ArrayList<>(o.eventIds());
        String when = n.weekOf() != null ? c.say.say("next-meeting.week-of", "date", c.say.date(n.weekOf()))
                : n.startsOn() != null ? c.say.say("next-meeting.dates", "dates", c.say.range(n.startsOn(), n.endsOn(), "range"))
                : null;
        String costs = costsOf(n.meeting(), ids, c);
        c.say.about(o.eventIds());
        c.paragraph(c.say.say("next-meeting", "meeting", c.names.reference(n.meeting(), false), "when", when,
                "city", c.names.city(n.city()), "costs", costs), ids);
    }

    private static void presidency(Occurrence o, ReviewConferencePresidencyDecided r, Context c) {
        List<String> ids = new ArrayList<>(o.eventIds());
        String costs = costsOf(r.conference(), ids, c);
        c.say.about(o.eventIds());
        c.paragraph(c.say.say("future-presidency", "conference", c.names.reference(r.conference(), true),
                "year", r.year() == null ? null : String.valueOf(r.year()), "state", c.names.state(r.state()),
                "costs", costs), ids);
    }

    /** The clause adopting the costs of {@code meeting}, when they were adopted and not told yet ("" otherwise). */
    private static String costsOf(MeetingRef meeting, List<String> ids, Context c) {
        for (Occurrence other : c.facts.of(ReportFact.ESTIMATED_COSTS)) {
            EstimatedCostsAdopted costs = (EstimatedCostsAdopted) other.facts();
            if (costs.meeting().equals(meeting) && c.first("costs/" + other.position())) {
                c.tell(other);
                ids.addAll(other.eventIds());
                c.say.about(other.eventIds());
                String basis = costs.basis() == null ? Phrasing.NONE : AdoptedText.expand(c, costs.basis(), List.of(),
                        costs.basisNote() == null ? List.of() : List.of(costs.basisNote()));
                return c.say.say("estimated-costs.with-decision", "revised", costs.revised(),
                        "meeting", c.names.reference(costs.meeting(), true), "symbol", costs.documentSymbol(), "basis", basis);
            }
        }
        return "";
    }

    private static void costsAlone(Occurrence o, EstimatedCostsAdopted costs, Context c) {
        if (decidedWithCosts(costs.meeting(), c) || !c.first("costs/" + o.position())) {
            return;
        }
        c.paragraph(c.say.say("estimated-costs", "revised", costs.revised(), "meeting", c.names.reference(costs.meeting(), true),
                "symbol", costs.documentSymbol()), o.eventIds());
    }

    /** Whether a decision about {@code meeting} will tell its costs (it comes later in the same report). */
    private static boolean decidedWithCosts(MeetingRef meeting, Context c) {
        List<Occurrence> deciding = new ArrayList<>(c.facts.of(ReportFact.NEXT_MEETING));
        deciding.addAll(c.facts.of(ReportFact.FUTURE_PRESIDENCY));
        for (Occurrence other : deciding) {
            if (c.told(other) || !c.outlined(other.kind())) {
                continue;
            }
            if (other.facts() instanceof NextMeetingScheduled n && n.meeting().equals(meeting)
                    || other.facts() instanceof ReviewConferencePresidencyDecided r && r.conference().equals(meeting)) {
                return true;
            }
        }
        return false;
    }
}
