package org.rapporteur.standalone;

import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.profiles.ProfileException;
import org.slf4j.LoggerFactory;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The command line. {@code serve} (the default) runs the web application; {@code report}, {@code timeline} and
 * {@code export} read a meeting's events straight from the store and fold them as the query side does;
 * {@code record} checks scenario files whole and records them through the meeting's rules, without the application;
 * {@code rebuild} rebuilds the read models; {@code hash-password} prints a BCrypt hash.
 */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, version = "Rapporteur 0.1.0",
        description = "Records meeting proceedings as events and drafts the final report from them.",
        subcommands = {ServeCommand.class, RecordCommand.class, ReportCommand.class, TimelineCommand.class,
                ExportCommand.class, RebuildCommand.class, HashPasswordCommand.class,
                AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad input (said in one line, nothing recorded)",
                "3:the data directory is in use by a running server"},
        footer = {"", "Without a command, serve. Every command has --help."})
public final class Rapporteur implements Callable<Integer> {

    /** Exit code meaning: the web application runs on after main returns. */
    static final int SERVING = -1;
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int DATA_IN_USE = 3;

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** Reads a scenario file into what recording it means; replaced in tests. */
    static Function<Path, RecordPlan> planner = ScenarioPlans::plan;

    final PrintStream out;
    final PrintStream err;

    @Spec
    CommandSpec spec;

    private Rapporteur(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        // JBoss Logging (Hibernate Validator's) straight to SLF4J, where it ended anyway through Log4j's API, whose
        // providers are otherwise searched for on the class path at the first validation
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int exitCode = run(args);
        if (exitCode != SERVING) {
            System.exit(exitCode);
        }
    }

    static int run(String... args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String[] line = args.length == 0 || args[0].startsWith("-") && !OWN_OPTIONS.contains(args[0])
                ? prepend("serve", args) : args;
        if (!line[0].equals("serve")) {
            quietLogging();
        }
        return commandLine(out, err).execute(line);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Rapporteur root = new Rapporteur(out, err);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("rapporteur: " + oneLine(e.getMessage()) + " (see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> root.failure(e));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return OK;
    }

    private int failure(Exception e) {
        if (e instanceof InvalidInput) {
            return fail(BAD_INPUT, e.getMessage());
        }
        Optional<ProfileException> profile = cause(e, ProfileException.class);
        if (profile.isPresent()) {
            return fail(BAD_INPUT, profile.get().getMessage());
        }
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

    int fail(int code, String message) {
        err.println("rapporteur: " + oneLine(message));
        return code;
    }

    /** Without Spring configuring logging, only warnings are worth a line. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            // the embedded server says on every start that it ignores a compound index the store does not need
            context.getLogger("de.bwaldvogel.mongo.backend.AbstractMongoDatabase").setLevel(ch.qos.logback.classic.Level.ERROR);
            // FOP warns of font tables it does not read (the PDF is complete without them), among the report's problems
            context.getLogger("org.apache.fop").setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
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
}
