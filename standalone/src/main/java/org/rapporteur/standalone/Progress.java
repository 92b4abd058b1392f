package org.rapporteur.standalone;

import java.io.PrintStream;

/**
 * What long work is doing, on one rewritten line of standard error; only on a terminal, so scripts and pipes get
 * the results alone.
 */
final class Progress {

    private final PrintStream err;
    private final boolean shown;
    private int width;

    private Progress(PrintStream err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    static Progress on(PrintStream err) {
        return new Progress(err, err == System.err && System.console() != null);
    }

    void show(String line) {
        if (shown) {
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = line.length();
        }
    }

    void counted(String what, int done, int total) {
        if (shown && (done == total || done % 10 == 0)) {
            show(what + " " + done + "/" + total);
        }
    }

    void done() {
        if (shown && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
