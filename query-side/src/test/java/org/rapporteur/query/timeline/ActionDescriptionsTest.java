package org.rapporteur.query.timeline;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ActionDescriptionsTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:;,]$");

    @Test
    void tidyingALineIsWhatTheRegularExpressionsDid() {
        Random random = new Random(29);
        String alphabet = "ab :;,\t\n\r\f\u000B\u2003\u00A0.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = TRAILING_PUNCTUATION.matcher(SPACES.matcher(line).replaceAll(" ").replace(": ; ", ": ").strip()).replaceAll("");
            assertThat(ActionDescriptions.tidy(line.toString())).as("[%s]", line).isEqualTo(expected);
        }
    }
}
