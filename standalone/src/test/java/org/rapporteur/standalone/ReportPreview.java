package org.rapporteur.standalone;

import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.report.render.MarkdownRenderer;
import org.rapporteur.query.report.compose.ReportGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's history without a store: events get their command id as event id. For fast iteration on wording:
 * {@code ReportPreview SCENARIO OUT.md}.
 */
public final class ReportPreview {

    private ReportPreview() {
    }

    public static MeetingHistory history(Scenario scenario) {
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

    public static void main(String[] args) throws Exception {
        Scenario scenario = Scenario.read(Path.of(args[0]));
        String md = new MarkdownRenderer().render(new ReportGenerator().generate(history(scenario)));
        Files.writeString(Path.of(args[1]), md);
    }
}
