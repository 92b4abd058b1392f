package org.rapporteur.query.bench;

import org.rapporteur.query.report.drafts.ReportService;
import org.rapporteur.query.report.drafts.ReportStore;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether the live path's caches earn their place: the live-latency measurement with both (the defaults), without the
 * recent histories (every batch reads the meeting's history from the store), and with the draft report stored after
 * every batch (no store interval), in turns A B C A B C in one JVM, each on a fresh server after a warm-up meeting.
 * Besides latency: the process's CPU time per command, until the meeting's report is stored, and the reports generated.
 */
final class LiveCaches {

    private static final int WARM_UP = Integer.getInteger("bench.caches.warm-up", 200);
    private static final int COMMANDS = Integer.getInteger("bench.caches.commands", 500);
    private static final int TURNS = Integer.getInteger("bench.caches.turns", 2);
    private static final Map<String, String[]> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("both kept (defaults)", new String[0]);
        VARIANTS.put("no recent histories", new String[]{"--rapporteur.projection.recent-histories=0"});
        VARIANTS.put("report stored every batch", new String[]{"--rapporteur.report.store-interval=0s"});
    }

    private LiveCaches() {
    }

    private record Turn(String variant, double visibleP50, double visibleP99, double deliveredP50, double deliveredP99,
                        double cpuMicrosPerCommand, long reports) {
    }

    static void compare() throws Exception {
        List<Turn> turns = new ArrayList<>();
        for (int turn = 0; turn < TURNS; turn++) {
            for (Map.Entry<String, String[]> variant : VARIANTS.entrySet()) {
                turns.add(turn(variant.getKey(), variant.getValue()));
            }
        }
        System.out.printf("%n## Live caches (%d commands into one meeting after %d into another, a fresh server per turn)%n", COMMANDS, WARM_UP);
        System.out.println("variant | visible p50 / p99 ms | delivered p50 / p99 ms | CPU µs per command | reports generated");
        for (Turn t : turns) {
            System.out.printf("%s | %.1f / %.1f | %.1f / %.1f | %,.0f | %d%n", t.variant(), t.visibleP50(), t.visibleP99(),
                    t.deliveredP50(), t.deliveredP99(), t.cpuMicrosPerCommand(), t.reports());
        }
        Turn[] base = turns.stream().filter(t -> t.variant().equals(VARIANTS.keySet().iterator().next())).toArray(Turn[]::new);
        for (String variant : VARIANTS.keySet()) {
            List<Turn> of = turns.stream().filter(t -> t.variant().equals(variant)).toList();
            double cpu = 0;
            double delivered = 0;
            for (int i = 0; i < of.size(); i++) {
                cpu += of.get(i).cpuMicrosPerCommand() / base[i].cpuMicrosPerCommand();
                delivered += of.get(i).deliveredP50() / base[i].deliveredP50();
            }
            System.out.printf("%s against the defaults, mean of the turns' ratios: CPU per command %.2f, delivered p50 %.2f%n",
                    variant, cpu / of.size(), delivered / of.size());
        }
    }

    private static Turn turn(String variant, String[] properties) throws Exception {
        ConfigurableApplicationContext app = ReadModelBenchmarks.bothSides("bench-caches", properties);
        try {
            ReadModelBenchmarks.logOneAtATime(app, "ccm-warm-up", WARM_UP);
            long reportsBefore = app.getBean(ReportService.class).regenerations();
            long cpu = cpuNanos();
            double[][] latencies = ReadModelBenchmarks.logOneAtATime(app, "ccm-live", COMMANDS);
            ReportStore reports = app.getBean(ReportStore.class);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (reports.storedSequence("ccm-live").orElse(-1L) < COMMANDS && System.nanoTime() < deadline) {
                LockSupport.parkNanos(5_000_000);
            }
            double cpuPerCommand = (cpuNanos() - cpu) / 1e3 / COMMANDS;
            return new Turn(variant, ReadModelBenchmarks.percentile(latencies[0], 50), ReadModelBenchmarks.percentile(latencies[0], 99),
                    ReadModelBenchmarks.percentile(latencies[1], 50), ReadModelBenchmarks.percentile(latencies[1], 99),
                    cpuPerCommand, app.getBean(ReportService.class).regenerations() - reportsBefore);
        } finally {
            app.close();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
