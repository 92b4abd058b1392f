package org.rapporteur.command.meeting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/vocabulary.md is what the catalogue, the rules and the examples say today. */
class VocabularyDocTest {

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void everyKindIsDescribedAndUsedInAnExampleAndEveryRuleIsInTheRuleBook() {
        VocabularyDoc doc = new VocabularyDoc();
        assertThat(VocabularyDoc.missing(doc)).isEmpty();
        assertThat(RuleBook.ENTRIES.stream().map(RuleBook.Entry::rule)).containsAll(RuleBook.checked());
    }

    @Test
    void theVocabularyDocumentIsCurrent() throws IOException {
        String generated = new VocabularyDoc().markdown();
        Path file = root().resolve("docs/vocabulary.md");
        if (Boolean.getBoolean("vocabulary.update")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.exists(file)).as("docs/vocabulary.md exists").isTrue();
        assertThat(Files.readString(file))
                .as("docs/vocabulary.md is out of date: regenerate it with -Dvocabulary.update=true (see its first lines)")
                .isEqualTo(generated);
    }
}
