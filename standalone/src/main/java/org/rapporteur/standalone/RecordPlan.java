package org.rapporteur.standalone;

import java.nio.file.Path;
import java.util.List;

/**
 * What recording one scenario file means: its meeting and, in logging order, each command with the line it came
 * from and its command id (derived from the file and the action's position, so a re-run finds what it recorded).
 */
record RecordPlan(Path file, String meetingId, String loggedBy, List<Step> steps) {

    RecordPlan {
        steps = List.copyOf(steps);
    }

    /** One command: a {@code ConveneMeeting} or a {@code RecordAction}. */
    record Step(int line, String commandId, Object command) {
    }
}
