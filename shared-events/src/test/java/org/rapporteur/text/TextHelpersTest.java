package org.rapporteur.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextHelpersTest {

    @Test
    void theStateRegistryHoldsEveryMemberAndObserverState() {
        assertThat(States.all()).hasSize(198);
        assertThat(States.all().values().stream().filter(s -> s.standing() == States.Standing.MEMBER)).hasSize(193);
        assertThat(States.byCode("VAT").orElseThrow().standing()).isEqualTo(States.Standing.OBSERVER);
        assertThat(States.byCode("COK").orElseThrow().standing()).isEqualTo(States.Standing.NON_MEMBER);
        assertThat(States.byCode("NIU")).isPresent();
        assertThat(States.byCode("EUU").orElseThrow().standing()).isEqualTo(States.Standing.REIO);
        assertThat(States.name("NLD")).isEqualTo("Kingdom of the Netherlands");
        assertThat(States.runningName("NLD")).isEqualTo("the Netherlands");
        assertThat(States.runningName("GBR")).isEqualTo("the United Kingdom of Great Britain and Northern Ireland");
        assertThat(States.shortName("LAO")).isEqualTo("Lao PDR");
        assertThat(States.name("LAO")).isEqualTo("Lao People's Democratic Republic");
        assertThat(States.name("PSE")).isEqualTo("State of Palestine");
        assertThat(States.name("VAT")).isEqualTo("Holy See");
        assertThat(States.name("TUR")).isEqualTo("Türkiye");
        assertThat(States.known("che")).isTrue();
        assertThat(States.known("XKX")).isFalse();
        assertThat(States.name("XYZ")).isEqualTo("XYZ");
    }
}
