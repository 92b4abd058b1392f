package org.rapporteur.standalone;

import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.springframework.boot.SpringApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code serve} (the default) runs the web application;
 * {@code hash-password} prints a BCrypt hash for {@code rapporteur.security.users[n].password-hash};
 * {@code --data DIR} chooses the embedded store's directory; {@code --name=value} passes Spring properties through.
 */
public final class Rapporteur {

    private Rapporteur() {
    }

    /** Exit code meaning: the web application runs on after main returns. */
    static final int SERVING = -1;

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        int exitCode = run(args);
        if (exitCode != SERVING) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rapporteur: " + e.getMessage());
            return 2;
        }
        try {
            return switch (line.command()) {
                case "serve" -> serve(line);
                case "hash-password" -> PasswordHashing.run(line.arguments());
                default -> {
                    System.err.println("rapporteur: unknown command '" + line.command() + "' (try: serve, hash-password)");
                    yield 2;
                }
            };
        } catch (EmbeddedMongoStore.DataDirectoryInUseException e) {
            System.err.println("rapporteur: " + e.getMessage());
            return 3;
        }
    }

    private static int serve(CommandLine line) {
        SpringApplication.run(StandaloneApplication.class, line.springArguments());
        return SERVING;
    }

    /** A parsed command line: the sub-command, its arguments, and Spring properties. */
    record CommandLine(String command, List<String> arguments, List<String> options, String[] springArguments) {

        static CommandLine parse(String[] args) {
            List<String> positional = new ArrayList<>();
            List<String> options = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--data")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--data needs a directory");
                    }
                    spring.add("--rapporteur.mongo.data=" + args[++i]);
                } else if (arg.startsWith("--data=")) {
                    spring.add("--rapporteur.mongo.data=" + arg.substring("--data=".length()));
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    spring.add(arg);
                } else if (arg.startsWith("--")) {
                    options.add(arg);
                    if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        options.add(args[++i]);
                    }
                } else {
                    positional.add(arg);
                }
            }
            String command = positional.isEmpty() ? "serve" : positional.remove(0);
            return new CommandLine(command, positional, options, spring.toArray(String[]::new));
        }
    }
}
