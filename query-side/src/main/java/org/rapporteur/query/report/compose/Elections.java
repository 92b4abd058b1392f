package org.rapporteur.query.report.compose;

import org.rapporteur.events.officers.ActingOfficerDesignated;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.events.officers.TermOfOffice;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Officers of the body's own offices elected (with the ballots' votes), and officers acting until an election. */
final class Elections {

    private Elections() {
    }

    static void write(Occurrence o, Context c) {
        if (o.facts() instanceof OfficersElected e) {
            elected(o, e, c);
        } else if (o.facts() instanceof ActingOfficerDesignated a) {
            String gender = c.names.gender(List.of(a.holder()));
            c.paragraph(c.say.say("officers.acting", "person", c.names.holder(a.holder()),
                    "office", c.names.office(a.office(), 1, gender),
                    "replaces", a.replaces() == null ? Phrasing.NONE : c.texts.of(a.replaces())), o.eventIds());
        } else if (o.facts() instanceof RotationUnderstandingRecorded r) {
            String region = c.names.region(r.region());
            c.paragraph(c.say.say("officers.rotation", "office", c.names.office(r.office()),
                    "session", c.names.session(r.atSession()), "region", region == null ? Phrasing.NONE : region,
                    "state", r.state() != null ? c.names.stateInText(r.state(), "to") : region == null ? null : Phrasing.NONE), o.eventIds());
        }
    }

    private static void elected(Occurrence o, OfficersElected e, Context c) {
        List<String> names = new ArrayList<>();
        for (ElectedOfficer officer : e.elected()) {
            String region = c.names.region(officer.holder().region());
            names.add(c.say.say("officers.elected-one", "person", c.names.holder(officer.holder()),
                    "region", region == null ? Phrasing.NONE : region));
        }
        String gender = c.names.gender(e.elected().stream().map(ElectedOfficer::holder).toList());
        // elected now for a later session (a President-designate, the next session's Vice-Presidents): that session's office
        String session = e.forSession() == null ? c.names.meeting() : c.names.session(e.forSession());
        String office = c.names.office(e.office(), e.elected().size(), gender);
        // elected by an earlier session: that session is the subject, and no sitting of this one is named
        Prose text = new Prose(c.say).sentence(e.electedBy() != null
                ? c.say.say("officers.elected-earlier", "by", c.names.session(e.electedBy()), "elected", c.say.list(names),
                        "office", office, "count", e.elected().size(), "meeting", session, "gender", gender)
                : c.say.say("officers.elected", "at", c.atSession(o.session()), "elected", c.say.list(names),
                        "office", office, "mode", e.mode(), "count", e.elected().size(), "meeting", session, "gender", gender));
        List<String> shares = new ArrayList<>();
        for (ElectedOfficer officer : e.elected()) {
            if (officer.term() != null && officer.term().share() != null) {
                org.rapporteur.events.Holder holder = officer.holder();
                shares.add(c.say.say("officers.term-share", "person",
                        holder.person() != null ? c.names.named(holder.person()) : c.names.holder(holder),
                        "share", c.texts.of(officer.term().share())));
            }
        }
        if (!shares.isEmpty()) {
            text.sentence(c.say.say("officers.term-shared", "shares", c.say.list(shares)));
        }
        terms(e, c).forEach(text::sentence);
        if (e.ballots() != null) {
            for (Ballot ballot : e.ballots()) {
                List<String> votes = new ArrayList<>();
                for (Ballot.Candidate candidate : ballot.candidates()) {
                    votes.add(c.say.say("officers-elected.votes", "state", c.names.holderAsListed(candidate.candidate()),
                            "votes", String.valueOf(candidate.votes())));
                }
                text.sentence(c.say.say("officers.ballot", "round", e.ballots().size() == 1 ? Phrasing.NONE
                        : String.valueOf(ballot.round()), "votes", c.say.list(votes)));
            }
        }
        c.paragraph(text.toString(), o.eventIds());
    }

    /** The terms of office recorded (sessions or dates), one sentence for all who serve the same term. */
    private static List<String> terms(OfficersElected e, Context c) {
        Map<List<Object>, List<ElectedOfficer>> byTerm = new LinkedHashMap<>();
        for (ElectedOfficer officer : e.elected()) {
            TermOfOffice t = officer.term();
            // a term of one session, the one the office is of, adds nothing to the election's sentence
            boolean oneSession = t != null && t.from() != null && t.from().equals(t.until()) && t.startsOn() == null && t.endsOn() == null;
            if (t != null && !oneSession && (t.from() != null || t.until() != null || t.startsOn() != null || t.endsOn() != null)) {
                byTerm.computeIfAbsent(Arrays.asList(t.from(), t.until(), t.startsOn(), t.endsOn()),
                        k -> new ArrayList<>()).add(officer);
            }
        }
        boolean all = byTerm.size() == 1 && byTerm.values().iterator().next().size() == e.elected().size();
        List<String> sentences = new ArrayList<>();
        byTerm.forEach((term, officers) -> {
            TermOfOffice t = officers.get(0).term();
            sentences.add(c.say.say("officers.term", "of", all ? Phrasing.NONE : c.say.list(officers.stream()
                            .map(o -> o.holder().person() != null ? c.names.named(o.holder().person()) : c.names.holder(o.holder())).toList()),
                    "count", officers.size(),
                    "from", t.from() == null ? Phrasing.NONE : c.names.reference(t.from(), false),
                    "until", t.until() == null ? Phrasing.NONE : c.names.reference(t.until(), false),
                    "startsOn", t.startsOn() == null ? Phrasing.NONE : c.say.date(t.startsOn()),
                    "endsOn", t.endsOn() == null ? Phrasing.NONE : c.say.date(t.endsOn())));
        });
        return sentences;
    }
}
