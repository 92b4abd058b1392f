package org.rapporteur.command.meeting;

import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingEvent;

import java.util.Map;
import java.util.Optional;

/** Whoever holds an office or a seat is either a person (with their State) or a State, never both or neither. */
class HolderIsAPersonOrAState implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        for (Map.Entry<String, Holder> holder : BodyParts.holders(action)) {
            if (BodyParts.given(holder.getValue().person(), holder.getValue().state()) != 1) {
                return Optional.of(holder.getKey() + " names a person or a State: give exactly one of person and state");
            }
        }
        return Optional.empty();
    }
}
