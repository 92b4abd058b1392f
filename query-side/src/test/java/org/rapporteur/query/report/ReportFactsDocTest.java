package org.rapporteur.query.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.FactGatherer;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/report-facts.md is what the report's facts and the kinds each one states are today. */
class ReportFactsDocTest {

    static String markdown() {
        StringBuilder doc = new StringBuilder("""
                # The report's facts

                Generated from `ReportFact` and the report's `FactGatherer` (`ReportFactsDocTest`; regenerate with
                `mvn -pl query-side -am test -Dtest=ReportFactsDocTest -Dvocabulary.update=true
                -Dsurefire.failIfNoSpecifiedTests=false`). A body profile's parts name these facts (`facts:`, docs/profiles.md);
                each fact is reported by one part only. A recorded fact that no part reports, and that the profile does not
                leave out (`leavesOut`), is a problem listed with the report.

                | fact | what it states | recorded with |
                |---|---|---|
                """);
        for (ReportFact fact : ReportFact.values()) {
            List<String> kinds = new ArrayList<>();
            for (Class<? extends MeetingEvent> type : Actions.all()) {
                if (FactGatherer.kindOf(type).filter(fact::equals).isPresent()) {
                    kinds.add("`" + Actions.name(type) + "`");
                }
            }
            doc.append("| `").append(fact.publicName()).append("` | ").append(fact.description()).append(" | ")
                    .append(kinds.isEmpty() ? "a standing fact, from the kinds named" : String.join(", ", kinds)).append(" |\n");
        }
        doc.append("\nKinds that no fact states as such, and why:\n\n");
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            FactGatherer.notReported(type).ifPresent(why -> doc.append("- `").append(Actions.name(type)).append("`: ")
                    .append(why).append('\n'));
        }
        return doc.toString();
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void theReportFactsDocumentIsCurrent() throws IOException {
        String generated = markdown();
        Path file = root().resolve("docs/report-facts.md");
        if (Boolean.getBoolean("vocabulary.update")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.exists(file)).as("docs/report-facts.md exists").isTrue();
        assertThat(Files.readString(file))
                .as("docs/report-facts.md is out of date: regenerate it with -Dvocabulary.update=true (see its first lines)")
                .isEqualTo(generated);
    }
}
