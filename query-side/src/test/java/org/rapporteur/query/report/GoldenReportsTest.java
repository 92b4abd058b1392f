package org.rapporteur.query.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.ReportOutline;
import org.rapporteur.query.history.MeetingHistory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example meeting, in every language of its body, against its golden report
 * ({@code src/test/resources/report/golden/<example>.<lang>.md}; {@code -Dgolden.update=true} writes them anew):
 * no problem listed, no placeholder or message key left in the text, the part headings those of the profile.
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/report/golden");
    private static final ReportGenerator GENERATOR = new ReportGenerator();

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(ScenarioHistories.examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String example = file.getFileName().toString().replace(".yaml", "");
                MeetingHistory history = ScenarioHistories.of(example);
                BodyProfile profile = GENERATOR.profileOf(org.rapporteur.query.report.facts.FactGatherer.gather(history.effectiveActions()));
                for (String language : profile.languages()) {
                    all.add(Arguments.of(example, language));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examples")
    void reportsAsItsGoldenCopy(String example, String language) throws IOException {
        MeetingHistory history = ScenarioHistories.of(example);
        ReportDocument report = GENERATOR.generate(history, language);
        String markdown = new MarkdownRenderer().render(report);

        assertThat(report.problems()).as("problems of " + example).isEmpty();
        assertThat(markdown).doesNotContainPattern("\\{[a-zA-Z][\\w.-]*(,[^}]*)?\\}")
                .doesNotContainPattern("\\b[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)+\\b")
                .doesNotContain("\uE000").doesNotContain("null");
        BodyProfile profile = GENERATOR.profileOf(org.rapporteur.query.report.facts.FactGatherer.gather(history.effectiveActions()));
        List<ReportOutline.Part> parts = profile.report().parts();
        assertThat(report.sections()).hasSize(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String heading = parts.get(i).heading().in(language).orElseThrow();
            String fixed = heading.replaceAll("\\{[^}]*}", "");
            for (String word : fixed.split("\\s+")) {
                assertThat(report.sections().get(i).title()).contains(word);
            }
        }

        Path golden = GOLDEN.resolve(example + "." + language + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
            Assumptions.abort("golden report written anew: " + golden);
        }
        assertThat(golden).as("no golden report yet: run with -Dgolden.update=true and review it").exists();
        assertThat(markdown).as("the golden report " + golden + " (-Dgolden.update=true writes it anew)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
