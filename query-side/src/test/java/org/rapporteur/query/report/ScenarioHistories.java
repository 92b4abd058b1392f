package org.rapporteur.query.report;

import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An example meeting's history without a store: each event gets its command id as event id. */
public final class ScenarioHistories {

    private ScenarioHistories() {
    }

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }

    public static MeetingHistory of(String example) {
        return of(Scenario.read(examples().resolve(example + ".yaml")));
    }

    static MeetingHistory of(Scenario scenario) {
        List<RecordedEvent> events = new ArrayList<>();
        long sequence = 0;
        for (Object command : scenario.commands()) {
            String id;
            MeetingEvent event;
            if (command instanceof ConveneMeeting c) {
                id = c.commandId();
                event = c.facts();
            } else {
                RecordAction r = (RecordAction) command;
                id = r.commandId();
                event = r.action();
                if (event instanceof ActionCorrected ac) {
                    event = new ActionCorrected(ac.moment(), strip(ac.correctedEventId()), ac.reason(), ac.corrected());
                } else if (event instanceof ActionWithdrawn aw) {
                    event = new ActionWithdrawn(aw.moment(), strip(aw.withdrawnEventId()), aw.reason());
                }
            }
            events.add(new RecordedEvent(id, sequence++, Instant.EPOCH.plusSeconds(sequence), scenario.loggedBy(), event));
        }
        return new MeetingHistory(scenario.meetingId(), events);
    }

    private static String strip(String reference) {
        return reference.substring(Scenario.COMMAND_REFERENCE.length());
    }
}
