package org.rapporteur.profiles;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    @Test
    void everyShippedMessageHasEnglishAndFrench() {
        assertThat(Messages.shipped().keys()).isNotEmpty().allSatisfy(key ->
                assertThat(Messages.shipped().message(key).orElseThrow().patterns()).containsKeys("en", "fr"));
    }

    @Test
    void namesTheArgumentsAPatternUses() {
        assertThat(Messages.argumentsOf("{count, plural, one {# session of {body}} other {# sessions}} on {date}"))
                .containsExactly("count", "body", "date");
        assertThatThrownBy(() -> Messages.argumentsOf("{0} sessions")).hasMessageContaining("named, not numbered");
    }

    @Test
    void refusesAShippedPatternUsingAnUndeclaredArgument() {
        String yaml = "a.key:\n  args: [x]\n  en: \"{x} and {y}\"\n";
        assertThatThrownBy(() -> Messages.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m.yaml", ""))
                .hasMessage("m.yaml:3: unknown placeholder {y} in 'a.key' (it may use x)");
    }
}
