package org.rapporteur.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract's value types: written as the plain strings they stand for, checked as new input, read as stored. */
class ValueTypesTest {

    private static final ObjectMapper JSON = EventJson.mapper();

    record Facts(StateCode state, DocumentSymbol symbol, AgendaItemNumber itemNumber, ArticleReference article,
                 MeetingId meeting) {
    }

    @Test
    void eachIsStoredAsThePlainStringItStandsFor() throws Exception {
        Facts facts = new Facts(StateCode.of("CHE"), DocumentSymbol.of("CCM/MSP/2024/1"), AgendaItemNumber.of("10(a)"),
                ArticleReference.of("4.1"), MeetingId.of("ccm-12msp"));
        String json = JSON.writeValueAsString(facts);

        assertThat(json).isEqualTo("{\"state\":\"CHE\",\"symbol\":\"CCM/MSP/2024/1\",\"itemNumber\":\"10(a)\","
                + "\"article\":\"4.1\",\"meeting\":\"ccm-12msp\"}");
        assertThat(JSON.readValue(json, Facts.class)).isEqualTo(facts);
        assertThat(facts.state()).hasToString("CHE");
    }

    @Test
    void eachRefusesNewInputNotInItsFormNamingTheForm() {
        assertThatThrownBy(() -> StateCode.parse("XYZ")).hasMessage("'XYZ' is not " + StateCode.FORM);
        assertThatThrownBy(() -> StateCode.parse("CH")).hasMessageContaining("ISO 3166 alpha-3");
        assertThatThrownBy(() -> DocumentSymbol.parse(" CCM/MSP/2024/1")).hasMessageContaining("document symbol");
        assertThatThrownBy(() -> DocumentSymbol.parse("CCM/MSP\n2024")).hasMessageContaining("document symbol");
        assertThatThrownBy(() -> AgendaItemNumber.parse("")).hasMessageContaining("agenda item's number");
        assertThatThrownBy(() -> AgendaItemNumber.parse("(a)")).hasMessageContaining("agenda item's number");
        assertThatThrownBy(() -> ArticleReference.parse("article 4")).hasMessageContaining("an article");
        assertThatThrownBy(() -> MeetingId.of("CCM 12")).hasMessageContaining(MeetingId.FORM);
        assertThat(StateCode.isKnown("EUU")).isTrue();
        assertThat(StateCode.parse("lka").wellFormed()).as("input may write a code in any case, as before").isTrue();
        assertThat(MeetingId.isWellFormed("ccm-12msp")).isTrue();
        assertThat(MeetingId.isWellFormed("c")).isFalse();
    }

    @Test
    void storedValuesReadAsWrittenEvenInAFormRefusedSince() throws Exception {
        String stored = "{\"state\":\"YUG\",\"symbol\":\" CCM/MSP/2004/1 \",\"itemNumber\":\"(a)\","
                + "\"article\":\"article 4\",\"meeting\":\"ccm-12msp\"}";
        Facts facts = JSON.readValue(stored, Facts.class);

        assertThat(facts.state().text()).isEqualTo("YUG");
        assertThat(facts.state().wellFormed()).isFalse();
        assertThat(facts.symbol().text()).isEqualTo(" CCM/MSP/2004/1 ");
        assertThat(facts.itemNumber().wellFormed()).isFalse();
        assertThat(facts.article().text()).isEqualTo("article 4");
        assertThat(JSON.writeValueAsString(facts)).isEqualTo(stored);
    }

    @Test
    void aStoredEventNamingAStateDroppedFromTheListStillReadsWhileNewInputNamingItIsRefused() throws Exception {
        String stored = "{\"moment\":{\"plenarySession\":1,\"date\":\"2004-11-29\"},\"category\":\"STATE_PARTY\","
                + "\"states\":[\"CHE\",\"YUG\"]}";
        var registered = JSON.readValue(stored, org.rapporteur.events.participation.ParticipantsRegistered.class);

        assertThat(Text.texts(registered.states())).containsExactly("CHE", "YUG");
        assertThat(JSON.readTree(JSON.writeValueAsString(registered)).path("states")).isEqualTo(JSON.readTree(stored).path("states"));
        assertThatThrownBy(() -> org.rapporteur.facts.StrictFacts.read(JSON.readTree(stored),
                org.rapporteur.events.participation.ParticipantsRegistered.class))
                .hasMessageContaining("states[1]").hasMessageContaining("'YUG' is not " + StateCode.FORM);
    }

    @Test
    void strictReadingNamesTheFieldAndTheForm() {
        assertThatThrownBy(() -> org.rapporteur.facts.StrictFacts.read(JSON.readTree(
                "{\"state\":\"ABC\",\"symbol\":\"X/1 \",\"itemNumber\":\"(7)\",\"article\":\"art. 4\",\"meeting\":\"m-1\"}"),
                Facts.class))
                .isInstanceOf(org.rapporteur.facts.InvalidFactsException.class)
                .hasMessageContaining("state").hasMessageContaining("'ABC' is not " + StateCode.FORM)
                .hasMessageContaining("symbol").hasMessageContaining("'X/1 ' is not " + DocumentSymbol.FORM)
                .hasMessageContaining("itemNumber").hasMessageContaining("'(7)' is not " + AgendaItemNumber.FORM)
                .hasMessageContaining("article").hasMessageContaining("'art. 4' is not " + ArticleReference.FORM);
    }

    @Test
    void anAgendaItemsNumberIsDigitsWithItsSubItemsAsAgendasWriteThem() {
        // every form the examples write (1, 10, 24.1, 7(a), 10(c)) and those of other bodies' agendas
        for (String number : List.of("1", "10", "76", "24.1", "7(a)", "10(c)", "10 (a)", "11(a)(ii)", "4.2.1", "5.I.A",
                "7A", "3 bis", "12 ter", "9 (a) bis")) {
            assertThat(AgendaItemNumber.parse(number).text()).as(number).isEqualTo(number);
        }
        for (String number : List.of("", " 7", "7 ", "(a)", "(7)", "a", "A.1", "item 7", "7.", "7()", "7 (a", "7\n",
                "7, 8", "7/8", "12345678901234567890(a)")) {
            assertThatThrownBy(() -> AgendaItemNumber.parse(number)).as("'%s'", number)
                    .hasMessage("'" + number + "' is not " + AgendaItemNumber.FORM);
        }
    }

    @Test
    void aBadItemNumberInAnEventIsRefusedNamingTheFieldAGoodOneIsRead() throws Exception {
        String amended = "{\"moment\":{\"plenarySession\":1,\"date\":\"2024-09-10\"},\"orally\":true,"
                + "\"amendments\":[{\"change\":\"ADDED\",\"itemNumber\":\"11 (a)\",\"title\":\"Other\"},"
                + "{\"change\":\"ADDED\",\"itemNumber\":\"eleven\",\"title\":\"Other\"}]}";
        assertThatThrownBy(() -> org.rapporteur.facts.StrictFacts.read(JSON.readTree(amended),
                org.rapporteur.events.agenda.AgendaAmended.class))
                .hasMessageContaining("amendments[1].itemNumber").hasMessageContaining("'eleven' is not " + AgendaItemNumber.FORM)
                .message().doesNotContain("amendments[0]");

        String takenUp = "{\"moment\":{\"plenarySession\":1,\"date\":\"2024-09-10\"},\"itemNumber\":\"10(a)\"}";
        var read = org.rapporteur.facts.StrictFacts.read(JSON.readTree(takenUp), org.rapporteur.events.agenda.AgendaItemTakenUp.class);
        assertThat(read.itemNumber()).isEqualTo(AgendaItemNumber.of("10(a)"));
        assertThat(JSON.readTree(JSON.writeValueAsString(read)).path("itemNumber").isTextual()).as("stored as a plain string").isTrue();
        assertThatThrownBy(() -> org.rapporteur.facts.StrictFacts.read(JSON.readTree(
                "{\"number\":\"(1)\",\"title\":\"Opening\"}"),
                org.rapporteur.events.agenda.AgendaItem.class))
                .hasMessageContaining("number").hasMessageContaining("'(1)' is not " + AgendaItemNumber.FORM);
    }

    @Test
    void anArticleIsReferredToWithoutItsParagraphs() {
        assertThat(ArticleReference.of("4.1").article()).isEqualTo("4");
        assertThat(ArticleReference.of("3.2.c").article()).isEqualTo("3");
        assertThat(ArticleReference.of("14").article()).isEqualTo("14");
    }
}
