package org.rapporteur.query.decisions;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.EventReadings;
import org.rapporteur.query.history.MeetingContext;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.timeline.ActionDescriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions register: every decision and recommendation of the meeting in the order taken. A decision is any
 * action of the {@code decisions} family, or one of the decisions the meeting takes on its own organisation.
 */
@Schema(name = "decision-register")
public record DecisionRegister(List<Decision> decisions) {

    static final Set<String> ORGANISATIONAL = Set.of(
            "agenda-adopted", "rules-of-procedure-confirmed", "programme-of-work-noted", "observer-status-confirmed",
            "officers-elected", "secretary-general-confirmed", "next-president-elected",
            "review-conference-presidency-decided", "next-session-decided", "intersessional-meetings-decided",
            "working-group-coordinators-appointed", "thematic-coordinators-appointed");

    public static boolean isDecision(MeetingEvent event) {
        return Actions.family(event.getClass()).filter(family -> family.name().equals("decisions")).isPresent()
                || ORGANISATIONAL.contains(EventFacts.kind(event));
    }

    public static DecisionRegister of(MeetingHistory history) {
        return history.derived(DecisionRegister.class, DecisionRegister::fold);
    }

    private static DecisionRegister fold(MeetingHistory history) {
        MeetingContext context = MeetingContext.of(history);
        EventReadings readings = history.readings();
        List<Decision> decisions = new ArrayList<>();
        for (EffectiveAction action : history.effectiveActions()) {
            MeetingEvent facts = action.facts();
            if (!isDecision(facts)) {
                continue;
            }
            decisions.add(new Decision(EventFacts.kind(facts), ActionDescriptions.describe(facts, Map.of(), readings),
                    facts.moment().plenarySession(), facts.moment().date(),
                    context.agendaItem(action.original().eventId()),
                    readings.states(facts), readings.documents(facts), readings.facts(facts),
                    action.eventIds()));
        }
        return new DecisionRegister(List.copyOf(decisions));
    }

    /** The decisions of a kind, under an agenda item, naming a State; a null criterion admits all. */
    public DecisionRegister filter(String kind, String agendaItem, String state) {
        return new DecisionRegister(decisions.stream()
                .filter(d -> kind == null || kind.equals(d.kind()))
                .filter(d -> agendaItem == null || agendaItem.equals(d.agendaItem()))
                .filter(d -> state == null || d.states().contains(state))
                .toList());
    }
}
