package org.rapporteur.query.report.wording;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** French where a message's words meet a text put into them; other languages as written. */
class JunctionsTest {

    private static String joined(String language, String before, String text) {
        StringBuilder out = new StringBuilder(before);
        Junctions.of(language).append(out, text);
        return out.toString();
    }

    @Test
    void anArticleAfterAPrepositionIsContracted() {
        assertThat(joined("fr", "au nom de ", "le Groupe africain")).isEqualTo("au nom du Groupe africain");
        assertThat(joined("fr", "dans le cadre de son examen de ", "le déminage")).isEqualTo("dans le cadre de son examen du déminage");
        assertThat(joined("fr", "a été remis à ", "les États parties")).isEqualTo("a été remis aux États parties");
        assertThat(joined("fr", "au nom de ", "la Norvège")).isEqualTo("au nom de la Norvège");
    }

    @Test
    void aWordBeforeAVowelIsElided() {
        assertThat(joined("fr", "a décidé de convoquer la ", "Assemblée des États parties"))
                .isEqualTo("a décidé de convoquer l’Assemblée des États parties");
        assertThat(joined("fr", "par le ", "Afrique")).isEqualTo("par l’Afrique");
        assertThat(joined("fr", "La ", "Assemblée a tenu")).isEqualTo("L’Assemblée a tenu");
        assertThat(joined("fr", "au nom du ", "Inde")).isEqualTo("au nom de l’Inde");
        assertThat(joined("fr", "la liste de ", "États")).isEqualTo("la liste d’États");
    }

    @Test
    void onlyWholeWordsAtTheJunction() {
        assertThat(joined("fr", "la salle ", "Assemblée")).isEqualTo("la salle Assemblée");
        assertThat(joined("fr", "par la ", "OEA")).isEqualTo("par l’OEA");
        assertThat(joined("fr", "mode ", "le Groupe")).isEqualTo("mode le Groupe");
    }

    @Test
    void anEnglishTheAfterAFrenchArticleIsDropped() {
        assertThat(joined("fr", "au nom du ", "the Committee on Article 5 Implementation"))
                .isEqualTo("au nom du Committee on Article 5 Implementation");
        assertThat(joined("fr", "présenté par ", "the Netherlands")).isEqualTo("présenté par the Netherlands");
    }

    @Test
    void englishIsWrittenAsJoined() {
        assertThat(joined("en", "on behalf of de ", "le Groupe")).isEqualTo("on behalf of de le Groupe");
        assertThat(Junctions.of("en").finish("vingt-et-unième")).isEqualTo("vingt-et-unième");
    }

    @Test
    void frenchOrdinalsAreWrittenAsTheUnitedNationsDo() {
        assertThat(Junctions.of("fr").finish("Vingt-et-unième Assemblée, soixante-et-onzième session, vingt-deuxième"))
                .isEqualTo("Vingt et unième Assemblée, soixante et onzième session, vingt-deuxième");
    }
}
