package org.rapporteur.command.meeting;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.OptionalAgendaItem;

import java.util.Optional;

/** An action that names an agenda item (a statement, a decision, a vote...) names one on the adopted agenda. */
class NamedAgendaItemMustExist implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof OptionalAgendaItem underItem) || underItem.itemNumber() == null) {
            return Optional.empty();
        }
        if (!meeting.agendaAdopted()) {
            return Optional.of("no agenda has been adopted, so " + Actions.name(action.getClass()) + " cannot name item "
                    + underItem.itemNumber());
        }
        if (!meeting.onAgenda(underItem.itemNumber())) {
            return Optional.of("item " + underItem.itemNumber() + " is not on the adopted agenda");
        }
        return Optional.empty();
    }
}
