package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingConvened;

import java.util.List;

/**
 * How the console records: in-process through the command gateway (standalone), or through the command side's
 * REST API (compose). {@code commandId} is the form's idempotency key: a second submission records nothing.
 */
public interface ConsoleCommands {

    void convene(String meetingId, String commandId, MeetingConvened facts);

    void record(String meetingId, String commandId, MeetingEvent action);

    /** The meeting's rules, or the command side, refused the action; nothing was recorded. */
    class Rejected extends RuntimeException {

        private final List<FieldProblem> fieldProblems;

        public Rejected(String message, List<FieldProblem> fieldProblems) {
            super(message);
            this.fieldProblems = List.copyOf(fieldProblems);
        }

        public Rejected(String message) {
            this(message, List.of());
        }

        public List<FieldProblem> fieldProblems() {
            return fieldProblems;
        }
    }

    record FieldProblem(String field, String message) {
    }
}
