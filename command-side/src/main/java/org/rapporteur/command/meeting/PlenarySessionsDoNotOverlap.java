package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.util.Optional;

/** One plenary session at a time: the open one closes before the next opens. */
class PlenarySessionsDoNotOverlap implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof PlenarySessionOpened && meeting.openSession() != null) {
            return Optional.of("plenary session " + meeting.openSession() + " is still open: close it before opening another");
        }
        return Optional.empty();
    }
}
