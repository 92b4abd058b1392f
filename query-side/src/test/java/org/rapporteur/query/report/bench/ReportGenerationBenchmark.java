package org.rapporteur.query.report.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.MarkdownRenderer;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.ReportGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report generation time (ReportGenerator.generate + Markdown rendering) for synthetic meetings of 1,000, 10,000
 * and 100,000 events. Runs only on request (see docs/benchmarks.md):
 * {@code mvn -q -B test -pl query-side -am -Dtest=ReportGenerationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportGenerationBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};

    @Test
    void reportGenerationGrowsLinearly() throws IOException {
        ReportGenerator generator = new ReportGenerator();
        MarkdownRenderer markdown = new MarkdownRenderer();
        MeetingHistory warmUp = SyntheticMeetings.history("warm-up", 10_000, 7);
        for (int i = 0; i < 30; i++) {
            markdown.render(generator.generate(warmUp));
        }
        StringBuilder table = new StringBuilder("| events | median ms | min ms | max ms | µs per event | paragraphs | Markdown chars |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] medians = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            int size = SIZES[s];
            MeetingHistory history = SyntheticMeetings.history("ccm-bench-" + size, size, 42);
            assertThat(history.events()).hasSize(size);
            int runs = size >= 100_000 ? 7 : 15;
            double[] ms = new double[runs];
            int paragraphs = 0;
            int chars = 0;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                ReportDocument report = generator.generate(history);
                String md = markdown.render(report);
                ms[r] = (System.nanoTime() - start) / 1e6;
                paragraphs = (int) report.sections().stream().flatMap(x -> x.blocks().stream())
                        .filter(ReportDocument.Paragraph.class::isInstance).count();
                chars = md.length();
            }
            Arrays.sort(ms);
            medians[s] = ms[runs / 2];
            table.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.2f | %d | %,d |%n",
                    size, medians[s], ms[0], ms[runs - 1], medians[s] * 1000 / size, paragraphs, chars));
        }
        String result = table + String.format(Locale.ROOT, "%nGrowth: 10,000 / 1,000 events = %.1fx; 100,000 / 10,000 events = %.1fx (10x is linear).%n",
                medians[1] / medians[0], medians[2] / medians[1])
                + String.format(Locale.ROOT, "Java %s, %d cores available.%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println(result);
        Files.writeString(Path.of("target", "report-generation-benchmark.md"), result);
        assertThat(medians[1]).as("median at 10,000 events, ms").isLessThanOrEqualTo(100.0);
    }
}
