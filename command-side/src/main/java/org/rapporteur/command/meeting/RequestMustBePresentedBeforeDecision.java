package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RequestDecision;

import java.util.Optional;

/** The meeting decides on a request only after the request has been presented to it. */
class RequestMustBePresentedBeforeDecision implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof RequestDecision decision && !meeting.presented(decision.requestKey())) {
            return Optional.of("the request " + decision.requestKey()
                    + " has not been presented: the meeting cannot decide on it yet");
        }
        return Optional.empty();
    }
}
