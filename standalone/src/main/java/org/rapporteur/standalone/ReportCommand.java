package org.rapporteur.standalone;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.render.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a meeting's draft final report, generated from its recorded events as the query side "
                + "generates it (no server is started).",
                "One text format (md, html, json, …) goes to standard output unless --out names a file; several formats "
                        + "go into the directory --out names, each as {id}-report[-as-of-N][-LANG].{ext}."},
        footer = {"", "Examples:", "  rapporteur report ccm-12msp --format md",
                "  rapporteur report ccm-12msp --format md,docx,pdf --out reports/",
                "  rapporteur report ccm-12msp --format docx --out report.docx --as-of 41"})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Rapporteur cli;

    @Parameters(index = "0", paramLabel = "MEETING_ID", description = "the meeting, such as ccm-12msp")
    String meetingId;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "md",
            converter = FormatOption.Converter.class, completionCandidates = FormatOption.Names.class,
            description = "one or more of ${COMPLETION-CANDIDATES}, separated by commas (default: md)")
    List<ReportFormat> formats;

    @Option(names = "--out", paramLabel = "PATH", description = "the file to write (one format) or the directory (several)")
    Path out;

    @Option(names = "--as-of", paramLabel = "SEQUENCE|INSTANT", converter = FormatOption.Moment.class,
            description = "the report as the meeting stood: after that event, at that meeting date(-time), or at that logging instant (…Z)")
    AsOf asOf;

    @Mixin
    LanguageOptions language;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        language.apply();
        List<ReportFormat> chosen = formats.stream().distinct().toList();
        if (out == null && (chosen.size() > 1 || !textual(chosen.get(0)))) {
            throw new Rapporteur.InvalidInput("--out " + (chosen.size() > 1 ? "DIR is needed for several formats"
                    : "FILE is needed for --format " + chosen.get(0).extension()));
        }
        if (out != null && chosen.size() > 1 && Files.isRegularFile(out)) {
            throw new Rapporteur.InvalidInput("--out " + out + " is a file; several formats need a directory");
        }
        Progress progress = Progress.on(cli.err);
        progress.show("reading " + meetingId + "…");
        Phases.mark(cli.err, "command line parsed");
        Meanwhile<ReportFiles> generator = Meanwhile.start("report-generator", ReportFiles::new);
        MeetingHistory history = StoredMeetings.historyAsOf(store, meetingId, asOf);
        Phases.mark(cli.err, "events read");
        ReportFiles reports = generator.get();
        Phases.mark(cli.err, "profiles loaded");
        progress.show("generating the report of " + meetingId + "…");
        ReportDocument report = reports.generate(history, language.lang, cli.err);
        Phases.mark(cli.err, "report generated");
        for (ReportFormat format : chosen) {
            progress.show("rendering " + format.extension() + "…");
            byte[] bytes = reports.render(report, format);
            Phases.mark(cli.err, format.extension() + " rendered");
            if (out == null) {
                progress.done();
                cli.out.write(bytes, 0, bytes.length);
                cli.out.flush();
                continue;
            }
            Path target = chosen.size() > 1 ? out.resolve(ReportFiles.fileName(history, asOf != null, language.lang, format)) : out;
            ReportFiles.write(target, bytes);
            progress.done();
            cli.out.println(target + ": " + format.extension() + " report of " + meetingId + " (up to event " + history.lastSequence() + ")");
        }
        return Rapporteur.OK;
    }

    /** Whether a terminal or a pipe can take it: text, JSON or XML, not a package of binary parts. */
    static boolean textual(ReportFormat format) {
        String type = format.mediaType();
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") && !type.contains("openxmlformats");
    }
}
