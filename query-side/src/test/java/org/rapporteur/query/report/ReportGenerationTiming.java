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
 * {@link ReportGenerationBenchmark#meeting(int)} with 1,000, 10,000 and 100,000 events, in each language of
 * {@code -Dlanguages} (default {@code en,fr}). Runs only on request
 * (docs/benchmarks.md): {@code mvn -q -B test -pl query-side -am -Dtest=ReportGenerationTiming
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}; the table lands in
 * {@code query-side/target/report-generation-timing.md}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportGenerationTiming {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    /** The report's languages timed, each over the same histories (the body's first language, then the others). */
    private static final String[] LANGUAGES = System.getProperty("languages", "en,fr").split(",");

    @Test
    void reportGenerationGrowsLinearly() throws IOException {
        ReportGenerator generator = new ReportGenerator();
        MarkdownRenderer markdown = new MarkdownRenderer();
        MeetingHistory warmUp = ReportGenerationBenchmark.meeting(10_000);
        for (String language : LANGUAGES) {
            for (int i = 0; i < 20; i++) {
                markdown.render(generator.generate(warmUp, language));
            }
        }
        StringBuilder table = new StringBuilder(
                "| language | events | median ms | best ms | generate ms (median) | Markdown ms (median) | µs per event | blocks | Markdown chars |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double[][] medians = new double[LANGUAGES.length][SIZES.length];
        MeetingHistory[] histories = new MeetingHistory[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            histories[s] = ReportGenerationBenchmark.meeting(SIZES[s]);
        }
        for (int l = 0; l < LANGUAGES.length; l++) {
            String language = LANGUAGES[l];
            for (int s = 0; s < SIZES.length; s++) {
                int size = SIZES[s];
                int runs = size >= 100_000 ? 7 : 21;
                double[] total = new double[runs];
                double[] generate = new double[runs];
                double[] render = new double[runs];
                int blocks = 0;
                int chars = 0;
                for (int r = 0; r < runs; r++) {
                    long start = System.nanoTime();
                    ReportDocument report = generator.generate(histories[s], language);
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
                medians[l][s] = total[runs / 2];
                table.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %,d | %,d |%n",
                        language, size, medians[l][s], total[0], generate[runs / 2], render[runs / 2],
                        medians[l][s] * 1000 / size, blocks, chars));
            }
        }
        StringBuilder result = new StringBuilder(table).append('\n');
        boolean met = true;
        for (int l = 0; l < LANGUAGES.length; l++) {
            met &= medians[l][1] <= 100.0;
            result.append(String.format(Locale.ROOT,
                    "%s: growth of the median 1,000 -> 10,000 events %.1fx, 10,000 -> 100,000 events %.1fx (10x is linear);"
                            + " at 10,000 events %.2fx the first language's median.%n",
                    LANGUAGES[l], medians[l][1] / medians[l][0], medians[l][2] / medians[l][1], medians[l][1] / medians[0][1]));
        }
        result.append(String.format(Locale.ROOT, "Target: at most 100 ms at 10,000 events in every language: %s.%n"
                        + "Java %s, %d processors, load average %.1f at the end.%n", met ? "met" : "missed",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(result);
        Files.writeString(Path.of("target", "report-generation-timing.md"), result);
        for (int l = 0; l < LANGUAGES.length; l++) {
            assertThat(medians[l][2] / medians[l][1]).as("growth from 10,000 to 100,000 events stays near linear in "
                    + LANGUAGES[l]).isLessThan(20.0);
        }
    }
}
