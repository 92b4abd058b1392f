package org.rapporteur.command.scenario;

import java.nio.file.Path;

/** A scenario file is invalid: where ({@code file:line}) and why, in one line. */
public class ScenarioException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String reason;

    public ScenarioException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
