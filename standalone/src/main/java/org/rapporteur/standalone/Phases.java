package org.rapporteur.standalone;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * With {@code -Drapporteur.phases=true}, how long each part of a command took since the JVM started, on standard
 * error: how the start-up figures in docs/benchmarks.md were taken apart.
 */
final class Phases {

    private static final boolean SHOWN = Boolean.getBoolean("rapporteur.phases");
    private static long last = -1;

    private Phases() {
    }

    static void mark(PrintStream err, String phase) {
        if (!SHOWN) {
            return;
        }
        long now = System.nanoTime();
        long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
        err.printf("phase %-28s %6d ms since the JVM started, %5d ms this phase%n", phase, sinceStart,
                last < 0 ? sinceStart : (now - last) / 1_000_000);
        last = now;
    }
}
