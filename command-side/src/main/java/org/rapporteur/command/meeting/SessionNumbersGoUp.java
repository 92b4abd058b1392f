package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.util.Optional;

/** Plenary sessions are numbered upwards through the meeting. */
class SessionNumbersGoUp implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof PlenarySessionOpened opened && opened.number() <= meeting.lastSession()) {
            return Optional.of("plenary session numbers go up: session " + meeting.lastSession()
                    + " has been held, so session " + opened.number() + " cannot open now");
        }
        return Optional.empty();
    }
}
