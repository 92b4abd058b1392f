package org.rapporteur.query.console;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DescribeTest {

    @Test
    void aMeetingsDatesReadAsASecretaryWritesThemInTheConsolesLanguage() {
        assertThat(Describe.dates(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 5), Describe.LANGUAGE))
                .isEqualTo("2–5 September 2024");
        assertThat(Describe.dates(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 4), Describe.LANGUAGE))
                .as("ICU sets the dash between thin spaces").isEqualTo("30 September\u2009–\u20094 October 2024");
        assertThat(Describe.dates(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2), Describe.LANGUAGE))
                .isEqualTo("30 December 2024\u2009–\u20092 January 2025");
        assertThat(Describe.dates(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 10), Describe.LANGUAGE))
                .isEqualTo("10 September 2024");
        assertThat(Describe.dates(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 5), Locale.FRENCH))
                .isEqualTo("2–5 septembre 2024");
    }
}
