package org.rapporteur.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.render.ReportFormat;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes everything a meeting's record gives into one directory: the draft final report in every "
                + "format (or those --format names) and the timeline (text and JSON), all from the same reading of its "
                + "events (no server is started)."},
        footer = {"", "Example:", "  rapporteur export ccm-12msp --out ccm-12msp/"})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Rapporteur cli;

    @Parameters(index = "0", paramLabel = "MEETING_ID", description = "the meeting, such as ccm-12msp")
    String meetingId;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the directory to write into")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            converter = FormatOption.Converter.class, completionCandidates = FormatOption.Names.class,
            description = "the report formats, some of ${COMPLETION-CANDIDATES} (default: all)")
    List<ReportFormat> formats;

    @Option(names = "--as-of", paramLabel = "SEQUENCE|INSTANT", converter = FormatOption.Moment.class,
            description = "the meeting as it stood: after that event, at that meeting date(-time), or at that logging instant (…Z)")
    AsOf asOf;

    @Mixin
    LanguageOptions language;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        language.apply();
        List<ReportFormat> chosen = formats == null ? Arrays.asList(ReportFormat.values()) : formats.stream().distinct().toList();
        Progress progress = Progress.on(cli.err);
        progress.show("reading " + meetingId + "…");
        Meanwhile<ReportFiles> generator = Meanwhile.start("report-generator", ReportFiles::new);
        MeetingHistory history = StoredMeetings.historyAsOf(store, meetingId, asOf);
        Phases.mark(cli.err, "events read");
        ReportFiles reports = generator.get();
        progress.show("generating the report of " + meetingId + "…");
        ReportDocument report = reports.generate(history, language.lang, cli.err);
        int done = 0;
        for (ReportFormat format : chosen) {
            progress.show("rendering " + format.extension() + " (" + ++done + "/" + chosen.size() + ")…");
            written(out.resolve(ReportFiles.fileName(history, asOf != null, language.lang, format)), reports.render(report, format), progress);
        }
        List<TimelineEntry> timeline = Timeline.of(history);
        String base = history.meetingId() + "-timeline" + (asOf != null ? "-as-of-" + history.lastSequence() : "");
        written(out.resolve(base + ".txt"), TimelineTable.render(timeline).getBytes(StandardCharsets.UTF_8), progress);
        try {
            written(out.resolve(base + ".json"), EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(timeline), progress);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        cli.out.println(out + ": " + meetingId + " up to event " + history.lastSequence() + " (" + chosen.size()
                + " report formats and the timeline)");
        return Rapporteur.OK;
    }

    private void written(Path target, byte[] bytes, Progress progress) {
        ReportFiles.write(target, bytes);
        progress.done();
        cli.out.println(target);
    }
}
