package org.rapporteur.command.meeting;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.MeetingEvent;

import java.util.Optional;

/** An agenda item is taken up (or concluded) only when it is on the adopted agenda. */
class AgendaItemMustExist implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof ConcernsAgendaItem underItem)) {
            return Optional.empty();
        }
        String kind = Actions.name(action.getClass());
        if (!meeting.agendaAdopted()) {
            return Optional.of("no agenda has been adopted, so " + kind + " cannot name item " + underItem.itemNumber());
        }
        if (!meeting.onAgenda(underItem.itemNumber())) {
            return Optional.of("item " + underItem.itemNumber() + " is not on the adopted agenda");
        }
        return Optional.empty();
    }
}
