package org.rapporteur.query.bench;

import java.lang.management.ManagementFactory;

/**
 * Events per second, and the whole process's CPU time per event (on 2 cores, at most 2 s of CPU per second), of
 * which the JIT compilers' share.
 */
record Rate(double eventsPerSecond, double cpuMicrosPerEvent, double compilingMicrosPerEvent) {

    static final class Timer {
        private final long wall = System.nanoTime();
        private final long cpu = cpuNanos();
        private final long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();

        Rate stop(long events) {
            return new Rate(events / ((System.nanoTime() - wall) / 1e9), (cpuNanos() - cpu) / 1e3 / events,
                    (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling) * 1e3 / events);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
