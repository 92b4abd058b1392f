package org.rapporteur.command.meeting;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RecordedAfterClosing;
import org.rapporteur.events.meeting.MeetingConvened;

import java.util.Optional;

/**
 * Nothing is recorded before the meeting is convened, nor after it is closed but what a closed meeting still records
 * ({@link RecordedAfterClosing}).
 */
class MeetingMustBeOpenForRecording implements MeetingRule {

    @Override
    public boolean judgesCorrectedFacts() {
        return false;
    }

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof MeetingConvened) {
            return Optional.of(meeting.convened() ? "the meeting has already been convened"
                    : "a meeting is convened by convening it, not by recording an action");
        }
        if (!meeting.convened()) {
            return Optional.of("the meeting has not been convened: nothing can be recorded yet");
        }
        if (meeting.closed() && !(action instanceof RecordedAfterClosing)) {
            return Optional.of("the meeting is closed: only " + String.join(", ", Actions.recordedAfterClosing())
                    + " can be recorded, not " + Actions.name(action.getClass()));
        }
        return Optional.empty();
    }
}
