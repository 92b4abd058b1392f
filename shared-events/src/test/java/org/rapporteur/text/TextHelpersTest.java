package org.rapporteur.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextHelpersTest {

    @Test
    void listsJoinWithASerialComma() {
        assertThat(Lists.join(List.of())).isEmpty();
        assertThat(Lists.join(List.of("Norway"))).isEqualTo("Norway");
        assertThat(Lists.join(List.of("Norway", "Italy"))).isEqualTo("Norway and Italy");
        assertThat(Lists.join(List.of("A", "B", "C"))).isEqualTo("A, B, and C");
        assertThat(Lists.join(List.of("A", "B"), "or")).isEqualTo("A or B");
    }

    @Test
    void dateRangesAsUnReportsWriteThem() {
        LocalDate from = LocalDate.of(2024, 9, 10);
        assertThat(Dates.range(from, LocalDate.of(2024, 9, 13))).isEqualTo("10 to 13 September 2024");
        assertThat(Dates.compactRange(from, LocalDate.of(2024, 9, 13))).isEqualTo("10-13 September 2024");
        assertThat(Dates.range(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 2))).isEqualTo("30 September to 2 October 2024");
        assertThat(Dates.range(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2))).isEqualTo("30 December 2024 to 2 January 2025");
        assertThat(Dates.range(from, from)).isEqualTo("10 September 2024");
        assertThat(Dates.betweenRange(from, LocalDate.of(2024, 9, 13))).isEqualTo("10 and 13 September 2024");
        assertThat(Dates.days(List.of(from, LocalDate.of(2024, 9, 11), LocalDate.of(2024, 9, 13))))
                .isEqualTo("10, 11, and 13 September 2024");
        assertThat(Dates.days(List.of(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 1))))
                .isEqualTo("30 September and 1 October 2024");
    }

    @Test
    void ordinalsAndNumbers() {
        assertThat(Ordinals.word(12)).isEqualTo("Twelfth");
        assertThat(Ordinals.word(21)).isEqualTo("Twenty-first");
        assertThat(Ordinals.plenarySession(5)).isEqualTo("the fifth plenary session");
        assertThat(Numbers.words(6)).isEqualTo("six");
        assertThat(Numbers.count(1, "day", "days")).isEqualTo("one day");
        assertThat(Numbers.count(5, "year", "years")).isEqualTo("five years");
        assertThat(Numbers.words(42)).isEqualTo("42");
    }

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
