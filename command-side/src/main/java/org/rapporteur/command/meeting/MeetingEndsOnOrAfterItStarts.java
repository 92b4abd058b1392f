package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingConvened;

import java.util.Optional;

/** A meeting ends on or after the day it starts. */
class MeetingEndsOnOrAfterItStarts implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof MeetingConvened convened && convened.startsOn() != null && convened.endsOn() != null
                && convened.endsOn().isBefore(convened.startsOn())) {
            return Optional.of("the meeting cannot end (" + convened.endsOn() + ") before it starts (" + convened.startsOn() + ")");
        }
        return Optional.empty();
    }
}
