package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.agenda.AgendaItemTakenUp;

import java.util.Optional;

/** An item already under consideration is not taken up again (until it is concluded or its session closes). */
class ItemNotTakenUpTwice implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof AgendaItemTakenUp takenUp && takenUp.itemNumber() != null
                && takenUp.itemNumber().equals(meeting.standing().underConsideration())) {
            return Optional.of("item " + takenUp.itemNumber() + " is already under consideration");
        }
        return Optional.empty();
    }
}
