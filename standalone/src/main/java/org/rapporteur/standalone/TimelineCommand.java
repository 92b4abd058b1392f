package org.rapporteur.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.rapporteur.query.timeline.TimelineFilter;
import org.rapporteur.query.timeline.TimelineOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Prints a meeting's timeline from its recorded events, as the query side builds it (no server "
                + "is started): sequence, meeting clock, logged at, logged by, kind, status and description; "
                + "or, with --format json, the entries the HTTP timeline gives."},
        footer = {"", "Examples:", "  rapporteur timeline ccm-12msp",
                "  rapporteur timeline ccm-12msp --order meeting --plenary 3 --format json"})
final class TimelineCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    Rapporteur cli;

    @Parameters(index = "0", paramLabel = "MEETING_ID", description = "the meeting, such as ccm-12msp")
    String meetingId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "logging",
            description = "logging (as logged) or meeting (on the meeting clock); default: ${DEFAULT-VALUE}")
    TimelineOrder order;

    @Option(names = "--as-of", paramLabel = "SEQUENCE|INSTANT", converter = FormatOption.Moment.class,
            description = "the timeline as it stood: after that event, at that meeting date(-time), or at that logging instant (…Z)")
    AsOf asOf;

    @Option(names = "--kind", paramLabel = "KIND", description = "only actions of this kind, such as agenda-item-taken-up")
    String kind;

    @Option(names = "--plenary", paramLabel = "N", description = "only actions of this plenary session")
    Integer plenary;

    @Option(names = "--agenda-item", paramLabel = "ITEM", description = "only actions under this agenda item")
    String agendaItem;

    @Option(names = "--state", paramLabel = "ISO3", description = "only actions naming this State (ISO 3166 alpha-3)")
    String state;

    @Mixin
    StoreOptions store;

    @Mixin
    ProfilesOption profiles;

    @Override
    public Integer call() {
        profiles.apply();
        MeetingHistory history = StoredMeetings.historyAsOf(store, meetingId, asOf);
        Phases.mark(cli.err, "events read");
        List<TimelineEntry> entries = Timeline.select(Timeline.of(history),
                new TimelineFilter(kind, plenary, agendaItem, state), order);
        if (format == Format.json) {
            try {
                cli.out.println(EventJson.mapper().writeValueAsString(entries));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            cli.out.print(TimelineTable.render(entries));
        }
        cli.out.flush();
        return Rapporteur.OK;
    }
}
