package org.rapporteur.query.report.compose;

import org.rapporteur.events.officers.ActingOfficerDesignated;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;

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
        Prose text = new Prose(c.say).sentence(c.say.say("officers.elected", "at", c.atSession(o.session()),
                "elected", c.say.list(names), "office", c.names.office(e.office(), e.elected().size(), gender),
                "mode", e.mode(), "count", e.elected().size(), "meeting", session, "gender", gender));
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
}
