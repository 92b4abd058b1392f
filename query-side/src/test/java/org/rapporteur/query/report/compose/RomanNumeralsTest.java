package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RomanNumeralsTest {

    @Test
    void partsAndAnnexesAreNumberedInRomanNumeralsMadeOnceOrOnDemand() {
        assertThat(RomanNumerals.of(1)).isEqualTo("I");
        assertThat(RomanNumerals.of(4)).isEqualTo("IV");
        assertThat(RomanNumerals.of(39)).isEqualTo("XXXIX");
        assertThat(RomanNumerals.of(40)).as("beyond those made once").isEqualTo("XL");
        assertThat(RomanNumerals.of(2024)).isEqualTo("MMXXIV");
    }
}
