package org.rapporteur.query.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rapporteur.query.history.MeetingHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report generation time, {@code ReportGenerator.generate} plus Markdown rendering, over the synthetic meetings of
 * {@link ReportGenerationBenchmark#meeting(int)} with 1,000, 10,000 and 100,000 events. Runs only on request
 * (docs/benchmarks.md): {@code mvn -q -B test -pl query-side -am -Dtest=ReportGenerationTiming
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}; the table lands in
 * {@code query-side/target/report-generation-timing.md}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportGenerationTiming {

    private static final int[] SIZES = {1_000, 10_000, 100_000};

    @Test
    void reportGenerationGrowsLinearly() throws IOException {
        ReportGenerator generator = new ReportGenerator();
        MarkdownRenderer markdown = new MarkdownRenderer();
        MeetingHistory warmUp = ReportGenerationBenchmark.meeting(10_000);
        for (int i = 0; i < 20; i++) {
            markdown.render(generator.generate(warmUp));
        }
        StringBuilder table = new StringBuilder(
                "| events | median ms | best ms | generate ms (median) | Markdown ms (median) | µs per event | blocks | Markdown chars |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] medians = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            int size = SIZES[s];
            MeetingHistory history = ReportGenerationBenchmark.meeting(size);
            int runs = size >= 100_000 ? 7 : 21;
            double[] total = new double[runs];
            double[] generate = new double[runs];
            double[] render = new double[runs];
            int blocks = 0;
            int chars = 0;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                ReportDocument report = generator.generate(history);
                long generated = System.nanoTime();
                String md = markdown.render(report);
                long end = System.nanoTime();
                generate[r] = (generated - start) / 1e6;
                render[r] = (end - generated) / 1e6;
                total[r] = (end - start) / 1e6;
                blocks = report.sections().stream().mapToInt(x -> x.blocks().size()).sum();
                chars = md.length();
            }
            Arrays.sort(total);
            Arrays.sort(generate);
            Arrays.sort(render);
            medians[s] = total[runs / 2];
            table.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %,d | %,d |%n", size, medians[s],
                    total[0], generate[runs / 2], render[runs / 2], medians[s] * 1000 / size, blocks, chars));
        }
        String result = table + String.format(Locale.ROOT,
                "%nGrowth of the median: 1,000 -> 10,000 events %.1fx, 10,000 -> 100,000 events %.1fx (10x is linear).%n"
                        + "Target: at most 100 ms at 10,000 events: " + (medians[1] <= 100.0 ? "met" : "missed") + ".%n"
                        + "Java %s, %d processors, load average %.1f at the end.%n",
                medians[1] / medians[0], medians[2] / medians[1], System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(result);
        Files.writeString(Path.of("target", "report-generation-timing.md"), result);
        assertThat(medians[2] / medians[1]).as("growth from 10,000 to 100,000 events stays near linear").isLessThan(20.0);
    }
}
