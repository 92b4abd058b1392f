package org.rapporteur.standalone;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.rapporteur.command.meeting.RulesCheck;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.rebuild.ProjectionRebuild;
import org.rapporteur.query.rebuild.RebuildProgress;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.report.GeneratedReport;
import org.rapporteur.query.report.ReportService;
import org.rapporteur.query.report.render.ReportFormat;
import org.rapporteur.query.report.render.ReportRenderers;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The command line. {@code serve} (the default) runs the web application; {@code record}, {@code report} and
 * {@code timeline} work on the store without a web server; {@code hash-password} prints a BCrypt hash for
 * {@code rapporteur.security.users[n].password-hash}. Every command takes {@code --data DIR} for the embedded
 * store's directory; {@code --name=value} passes Spring properties through.
 */
public final class Rapporteur {

    /** Exit code meaning: the web application runs on after main returns. */
    static final int SERVING = -1;
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int DATA_IN_USE = 3;

    static final String USAGE = """
            usage: rapporteur [serve] [--data DIR] [--name=value…]
                   rapporteur record FILE… [--data DIR]
                   rapporteur report MEETING_ID [--format md|html|docx|pdf|json] [--out FILE] [--as-of SEQUENCE|DATE|INSTANT] [--lang en|fr] [--profiles DIR] [--data DIR]
                   rapporteur timeline MEETING_ID [--data DIR]
                   rapporteur rebuild [--data DIR]   (rebuilds every read model from the event store)
                   rapporteur hash-password      (reads a password, prints its BCrypt hash)""";

    /** Reads a scenario file into what recording it means; replaced in tests. */
    static Function<Path, RecordPlan> planner = ScenarioPlans::plan;

    private final PrintStream out;
    private final PrintStream err;

    private Rapporteur(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        int exitCode = run(args);
        if (exitCode != SERVING) {
            System.exit(exitCode);
        }
    }

    static int run(String... args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return new Rapporteur(out, err).dispatch(args);
    }

    private int dispatch(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (InvalidInput e) {
            return fail(BAD_INPUT, e.getMessage());
        }
        if (!line.command().equals("serve")) {
            quietLogging();
        }
        try {
            switch (line.command()) {
                case "serve":
                    return serve(line);
                case "record":
                    return record(line);
                case "report":
                    return report(line);
                case "timeline":
                    return timeline(line);
                case "rebuild":
                    return rebuild(line);
                case "hash-password":
                    return PasswordHashing.run(line.arguments());
                case "help":
                    out.println(USAGE);
                    return OK;
                default:
                    return fail(BAD_INPUT, "unknown command '" + line.command() + "'\n" + USAGE);
            }
        } catch (InvalidInput e) {
            return fail(BAD_INPUT, e.getMessage());
        } catch (RuntimeException e) {
            Optional<EmbeddedMongoStore.DataDirectoryInUseException> inUse = cause(e, EmbeddedMongoStore.DataDirectoryInUseException.class);
            if (inUse.isPresent()) {
                return fail(DATA_IN_USE, inUse.get().getMessage());
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return fail(FAILED, root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
        }
    }

    /** Before Spring configures logging (and outside it, in the dry run), only warnings are worth a line. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private int serve(CommandLine line) {
        line.noArguments();
        new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("logging.level.org.springframework.boot.SpringApplication=OFF")
                .run(line.springArguments());
        return SERVING;
    }

    private int record(CommandLine line) {
        if (line.arguments().isEmpty()) {
            throw new InvalidInput("record needs at least one scenario file\n" + USAGE);
        }
        line.onlyOptions(Set.of());
        List<RecordPlan> plans = new ArrayList<>();
        for (String name : line.arguments()) {
            Path file = Path.of(name);
            if (!Files.isReadable(file)) {
                throw new InvalidInput(name + ": no such file");
            }
            RecordPlan plan = planner.apply(file);
            try (RulesCheck check = new RulesCheck()) {
                new ScenarioRecording(check.commandGateway(), check.eventStore()).record(plan);
            } catch (ScenarioRecording.Rejected rejected) {
                throw new InvalidInput(rejected.getMessage());
            }
            plans.add(plan);
        }
        try (ConfigurableApplicationContext context = quietContext(line)) {
            ScenarioRecording recording = new ScenarioRecording(context.getBean(CommandGateway.class), context.getBean(EventStore.class));
            for (RecordPlan plan : plans) {
                try {
                    recording.checkAgainstRecorded(plan);
                } catch (ScenarioRecording.Rejected edited) {
                    throw new InvalidInput(edited.getMessage());
                }
            }
            for (RecordPlan plan : plans) {
                ScenarioRecording.Outcome outcome;
                try {
                    outcome = recording.record(plan);
                } catch (ScenarioRecording.Rejected rejected) {
                    return fail(FAILED, rejected.getMessage());
                }
                if (outcome.recorded() == 0) {
                    out.println(plan.file() + ": already recorded (" + outcome.alreadyRecorded() + " actions of "
                            + plan.meetingId() + "); nothing recorded twice");
                } else if (outcome.alreadyRecorded() > 0) {
                    out.println(plan.file() + ": recorded " + outcome.recorded() + " more actions of " + plan.meetingId()
                            + " (" + outcome.alreadyRecorded() + " were already recorded)");
                } else {
                    out.println(plan.file() + ": recorded " + outcome.recorded() + " actions of " + plan.meetingId());
                }
            }
            awaitProjections(context, Duration.ofSeconds(60));
        }
        return OK;
    }

    private int report(CommandLine line) {
        String meetingId = line.single("report needs the meeting id, such as ccm-12msp");
        line.onlyOptions(Set.of("format", "out", "as-of", "lang", "profiles"));
        line.option("profiles").ifPresent(dir -> System.setProperty(org.rapporteur.profiles.BodyProfiles.DIRECTORY_PROPERTY, dir));
        String language = line.option("lang").orElse(null);
        String formatName = line.option("format").orElse("md");
        ReportFormat format = ReportFormat.parse(formatName)
                .orElseThrow(() -> new InvalidInput("--format must be one of " + ReportFormat.names() + ", not '" + formatName + "'"));
        Optional<String> outFile = line.option("out");
        if (outFile.isEmpty() && (format == ReportFormat.DOCX || format == ReportFormat.PDF)) {
            throw new InvalidInput("--out FILE is needed for --format " + format.extension());
        }
        Optional<org.rapporteur.query.http.AsOf> asOf = line.option("as-of").map(text -> {
            try {
                return org.rapporteur.query.http.AsOf.parse(text);
            } catch (RuntimeException malformed) {
                throw new InvalidInput("--as-of must be an event sequence number, a meeting date(-time) such as 2024-09-10 or an ISO instant such as 2024-09-10T12:00:00Z, not '" + text + "'");
            }
        });
        try (ConfigurableApplicationContext context = quietContext(line)) {
            ReportService reports = context.getBean(ReportService.class);
            requireMeeting(context, meetingId);
            GeneratedReport report;
            try {
                report = (asOf.isEmpty() ? reports.current(meetingId, language) : reports.asOf(meetingId, asOf.get(), language))
                    .orElseThrow(() -> new InvalidInput("the meeting " + meetingId + " had not been convened as of " + line.option("as-of").orElse("")));
            } catch (IllegalArgumentException | org.rapporteur.profiles.ProfileException e) {
                throw new InvalidInput(e.getMessage());
            }
            for (org.rapporteur.query.report.ReportDocument.Problem problem : report.document().problems()) {
                System.err.println(meetingId + ": " + problem.message() + " (events " + String.join(", ", problem.eventIds()) + ")");
            }
            byte[] bytes = new ReportRenderers().render(report.document(), format);
            if (outFile.isPresent()) {
                Path target = Path.of(outFile.get());
                try {
                    Path parent = target.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.write(target, bytes);
                } catch (IOException e) {
                    return fail(FAILED, "cannot write " + target + ": " + e.getMessage());
                }
                out.println(target + ": " + format.extension() + " report of " + meetingId + " (up to event " + report.sequence() + ")");
            } else {
                out.write(bytes, 0, bytes.length);
                out.flush();
            }
        }
        return OK;
    }

    private int timeline(CommandLine line) {
        String meetingId = line.single("timeline needs the meeting id, such as ccm-12msp");
        line.onlyOptions(Set.of());
        try (ConfigurableApplicationContext context = quietContext(line)) {
            requireMeeting(context, meetingId);
            MeetingHistory history = context.getBean(MeetingHistoryLoader.class).load(meetingId);
            out.print(TimelineTable.render(history));
            out.flush();
        }
        return OK;
    }

    private int rebuild(CommandLine line) {
        if (!line.arguments().isEmpty()) {
            throw new InvalidInput("rebuild takes no arguments\n" + USAGE);
        }
        line.onlyOptions(Set.of());
        try (ConfigurableApplicationContext context = quietContext(line)) {
            ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
            RebuildProgress progress = rebuild.start();
            while (!progress.finished()) {
                err.print("\r" + RebuildBar.line(progress));
                err.flush();
                try {
                    progress = rebuild.await(Duration.ofMillis(200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return fail(FAILED, "interrupted");
                }
            }
            err.println("\r" + RebuildBar.line(progress));
            if (progress.state() == RebuildProgress.State.FAILED) {
                return fail(FAILED, "the rebuild failed: " + progress.error());
            }
            out.printf("rebuilt every read model from %,d events in %.1f s%n", progress.position(),
                    Duration.between(progress.startedAt(), progress.finishedAt()).toMillis() / 1000.0);
        }
        return OK;
    }

    private static void requireMeeting(ConfigurableApplicationContext context, String meetingId) {
        if (context.getBean(EventStore.class).lastSequenceNumberFor(meetingId).isEmpty()) {
            throw new InvalidInput("no meeting with id " + meetingId + " in this store");
        }
    }

    /** The application without a web server, banner or chatter. */
    private static ConfigurableApplicationContext quietContext(CommandLine line) {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "logging.level.root", "ERROR",
                        "logging.level.org.springframework.boot.SpringApplication", "OFF",
                        "spring.main.register-shutdown-hook", "false"))
                .run(line.springArguments());
    }

    /** Lets the projections catch up with what was just recorded, so the next start finds them current. */
    private static void awaitProjections(ConfigurableApplicationContext context, Duration patience) {
        TrackingToken head = context.getBean(EventStore.class).createHeadToken();
        if (head == null || head.position().isEmpty()) {
            return;
        }
        long target = head.position().getAsLong();
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        Instant deadline = Instant.now().plus(patience);
        for (String name : ProjectionConfiguration.processors()) {
            Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
            while (processor.isPresent() && Instant.now().isBefore(deadline) && !caughtUp(processor.get(), target)) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long target) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= target);
    }

    private int fail(int code, String message) {
        err.println("rapporteur: " + message);
        return code;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** Bad input from the user: said in one line, exit code 2. */
    static final class InvalidInput extends RuntimeException {
        InvalidInput(String message) {
            super(message);
        }
    }

    /** A parsed command line: the sub-command, its arguments, its options, and Spring properties. */
    record CommandLine(String command, List<String> arguments, Map<String, String> options, String[] springArguments) {

        private static final Set<String> OPTIONS = Set.of("format", "out", "as-of");

        static CommandLine parse(String[] args) {
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new java.util.LinkedHashMap<>();
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    positional.add(0, "help");
                } else if (arg.equals("--data") || OPTIONS.contains(name(arg))) {
                    String name = name(arg);
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new InvalidInput("--" + name + " needs a value");
                    }
                    if (name.equals("data")) {
                        spring.add("--rapporteur.mongo.data=" + value);
                    } else {
                        options.put(name, value);
                    }
                } else if (arg.startsWith("--data=")) {
                    spring.add("--rapporteur.mongo.data=" + arg.substring("--data=".length()));
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    spring.add(arg);
                } else if (arg.equals("--debug")) {
                    spring.add("--debug");
                } else if (arg.startsWith("--")) {
                    throw new InvalidInput("unknown option " + arg + "\n" + USAGE);
                } else {
                    positional.add(arg);
                }
            }
            String command = positional.isEmpty() ? "serve" : positional.remove(0);
            return new CommandLine(command, positional, options, spring.toArray(String[]::new));
        }

        private static String name(String arg) {
            if (!arg.startsWith("--")) {
                return "";
            }
            int equals = arg.indexOf('=');
            return equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        }

        Optional<String> option(String name) {
            return Optional.ofNullable(options.get(name));
        }

        String single(String missing) {
            if (arguments.isEmpty()) {
                throw new InvalidInput(missing);
            }
            if (arguments.size() > 1) {
                throw new InvalidInput(command + " takes one meeting id, not " + String.join(" ", arguments));
            }
            return arguments.get(0);
        }

        void noArguments() {
            if (!arguments.isEmpty()) {
                throw new InvalidInput(command + " takes no arguments: " + String.join(" ", arguments));
            }
            onlyOptions(Set.of());
        }

        void onlyOptions(Set<String> allowed) {
            for (String name : options.keySet()) {
                if (!allowed.contains(name)) {
                    throw new InvalidInput(command + " has no option --" + name);
                }
            }
        }
    }
}
