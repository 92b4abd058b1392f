package org.rapporteur.query.report.compose;

import org.rapporteur.events.Text;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the meeting decided about later sessions: the next President, the next session's dates and venue, who
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
            case NEXT_MEETING -> nextSession(o, (NextSessionDecided) o.facts(), c);
            case FUTURE_PRESIDENCY -> presidency(o, (ReviewConferencePresidencyDecided) o.facts(), c);
            case ESTIMATED_COSTS -> costsAlone(o, (EstimatedCostsAdopted) o.facts(), c);
            case INTERSESSIONAL_MEETINGS -> {
                IntersessionalMeetingsDecided d = (IntersessionalMeetingsDecided) o.facts();
                c.paragraph(c.say.say("intersessional-meetings", "decidedBy", c.names.recorded(d.underDecisionOf()),
                        "meeting", d.datesCommunicatedByPresidentOf() == null ? ""
                                : c.names.reference(d.datesCommunicatedByPresidentOf(), true)), o.eventIds());
            }
            default -> {
            }
        }
    }

    private static void nextPresident(Occurrence o, NextPresidentElected n, Context c) {
        Prose text = new Prose(c.say).sentence(c.say.say("next-president", "person", c.names.named(n.president()),
                "position", java.util.Objects.requireNonNullElse(c.names.position(n.president()), Phrasing.NONE),
                "meeting", c.names.reference(n.of(), false), "year", n.year() == null ? null : String.valueOf(n.year())));
        if (n.termDecidedBy() != null) {
            text.sentence(c.say.say("next-president.term", "decidedBy", c.names.recorded(n.termDecidedBy()), "pronoun", Names.pronoun(n.president()),
                    "current", c.names.meeting(), "meeting", c.names.reference(n.of(), false)));
        }
        c.paragraph(text.toString(), o.eventIds());
    }

    private static void nextSession(Occurrence o, NextSessionDecided n, Context c) {
        List<String> ids = new ArrayList<>(o.eventIds());
        String dates = n.startsOn() == null ? Phrasing.NONE : c.say.range(n.startsOn(), n.endsOn(), "range");
        String costs = costsOf(n.session(), ids, c);
        c.say.about(o.eventIds());
        c.paragraph(c.say.say("next-session", "session", c.names.session(n.session()), "dates", dates,
                "week", n.weekOf() == null ? Phrasing.NONE : c.say.date(n.weekOf()),
                "city", n.venue() == null ? Phrasing.NONE : c.names.city(n.venue().city()),
                "country", n.venue() == null || n.venue().country() == null ? Phrasing.NONE : c.names.stateListed(n.venue().country()),
                "delegated", n.delegatedTo() == null ? Phrasing.NONE : n.delegatedTo(), "costs", costs), ids);
    }

    private static void presidency(Occurrence o, ReviewConferencePresidencyDecided r, Context c) {
        List<String> ids = new ArrayList<>(o.eventIds());
        String costs = costsOf(r.conference(), ids, c);
        c.say.about(o.eventIds());
        c.paragraph(c.say.say("future-presidency", "conference", c.names.reference(r.conference(), true),
                "year", r.year() == null ? null : String.valueOf(r.year()), "state", c.names.stateInText(r.state(), "text"),
                "costs", costs), ids);
    }

    /** The clause adopting the costs of {@code meeting}, when they were adopted and not told yet ("" otherwise). */
    private static String costsOf(SessionRef meeting, List<String> ids, Context c) {
        for (Occurrence other : c.facts.of(ReportFact.ESTIMATED_COSTS)) {
            EstimatedCostsAdopted costs = (EstimatedCostsAdopted) other.facts();
            if (costs.meeting().equals(meeting) && c.first("costs/" + other.position())) {
                c.tell(other);
                ids.addAll(other.eventIds());
                c.say.about(other.eventIds());
                String basis = costs.basis() == null ? Phrasing.NONE : AdoptedText.expand(c, c.texts.of(costs.basis()), List.of(),
                        costs.basisNote() == null ? List.of() : List.of(costs.basisNote()));
                return c.say.say("estimated-costs.with-decision", "revised", costs.revised(),
                        "meeting", c.names.reference(costs.meeting(), true), "symbol", Text.text(costs.documentSymbol()), "basis", basis);
            }
        }
        return "";
    }

    private static void costsAlone(Occurrence o, EstimatedCostsAdopted costs, Context c) {
        if (decidedWithCosts(costs.meeting(), c) || !c.first("costs/" + o.position())) {
            return;
        }
        c.paragraph(c.say.say("estimated-costs", "revised", costs.revised(), "meeting", c.names.reference(costs.meeting(), true),
                "symbol", Text.text(costs.documentSymbol())), o.eventIds());
    }

    /** Whether a decision about {@code meeting} will tell its costs (it comes later in the same report). */
    private static boolean decidedWithCosts(SessionRef meeting, Context c) {
        List<Occurrence> deciding = new ArrayList<>(c.facts.of(ReportFact.NEXT_MEETING));
        deciding.addAll(c.facts.of(ReportFact.FUTURE_PRESIDENCY));
        for (Occurrence other : deciding) {
            if (c.told(other) || !c.outlined(other.kind())) {
                continue;
            }
            if (other.facts() instanceof NextSessionDecided n && n.session().equals(meeting)
                    || other.facts() instanceof ReviewConferencePresidencyDecided r && r.conference().equals(meeting)) {
                return true;
            }
        }
        return false;
    }
}
