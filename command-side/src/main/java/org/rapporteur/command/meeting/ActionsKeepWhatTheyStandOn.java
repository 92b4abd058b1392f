package org.rapporteur.command.meeting;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * No withdrawal or correction pulls from under standing actions what they stand on: the presentation of a request
 * decided on, the agenda item of actions under it, the session actions sit in. Withdraw those actions first.
 */
class ActionsKeepWhatTheyStandOn implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        List<String> dependants = dependants(meeting, action);
        if (dependants.isEmpty()) {
            return Optional.empty();
        }
        String target = target(action);
        String verb = action instanceof ActionWithdrawn ? "withdrawn" : "corrected so";
        return Optional.of("the " + meeting.kindOf(target) + " recorded as event " + target + " cannot be " + verb
                + (action instanceof ActionWithdrawn ? "" : " that they lose it") + ": the actions "
                + StandingRecord.list(dependants) + " stand on it; withdraw or correct them first");
    }

    List<String> dependants(MeetingState meeting, MeetingEvent action) {
        String target = target(action);
        if (target == null || meeting.kindOf(target) == null || meeting.withdrawn(target)) {
            return List.of();
        }
        MeetingEvent replacement = action instanceof ActionCorrected c ? c.corrected() : null;
        StandingRecord standing = meeting.standing();
        String presented = meeting.presentationKey(target);
        if (presented != null) {
            boolean stillPresented = replacement instanceof RequestPresentation p && presented.equals(p.requestKey());
            return stillPresented || meeting.presentedElsewhere(presented, target) ? List.of()
                    : standing.decisionsOn(presented::equals);
        }
        if (target.equals(meeting.agendaAdoption())) {
            Set<AgendaItemNumber> kept = replacement instanceof AgendaAdopted agenda && agenda.items() != null
                    ? agenda.items().stream().map(AgendaItem::number).collect(Collectors.toSet()) : Set.of();
            return standing.underItems(item -> !kept.contains(item));
        }
        Integer session = standing.sessionRecordedBy(target);
        return session == null ? List.of() : standing.inSession(session);
    }

    private static String target(MeetingEvent action) {
        if (action instanceof ActionWithdrawn w) {
            return w.withdrawnEventId();
        }
        return action instanceof ActionCorrected c ? c.correctedEventId() : null;
    }
}
