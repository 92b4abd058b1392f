package org.rapporteur.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract's value types: checked when made, written as the plain strings they stand for. */
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
    void eachRefusesWhatIsNotOneNamingItsForm() {
        assertThatThrownBy(() -> StateCode.of("XYZ")).hasMessage("'XYZ' is not " + StateCode.FORM);
        assertThatThrownBy(() -> StateCode.of("che")).hasMessageContaining("ISO 3166 alpha-3");
        assertThatThrownBy(() -> DocumentSymbol.of(" CCM/MSP/2024/1")).hasMessageContaining("document symbol");
        assertThatThrownBy(() -> DocumentSymbol.of("CCM/MSP\n2024")).hasMessageContaining("document symbol");
        assertThatThrownBy(() -> AgendaItemNumber.of("")).hasMessageContaining("agenda item's number");
        assertThatThrownBy(() -> AgendaItemNumber.of("(a)")).hasMessageContaining("agenda item's number");
        assertThatThrownBy(() -> ArticleReference.of("article 4")).hasMessageContaining("an article");
        assertThatThrownBy(() -> MeetingId.of("CCM 12")).hasMessageContaining(MeetingId.FORM);
        assertThatThrownBy(() -> JSON.readValue("{\"state\":\"ABC\"}", Facts.class)).hasMessageContaining("'ABC' is not");
        for (String number : List.of("7", "7.1", "10(a)", "3 bis", "76", "A.1")) {
            assertThat(AgendaItemNumber.of(number).text()).isEqualTo(number);
        }
        assertThat(StateCode.isKnown("EUU")).isTrue();
        assertThat(MeetingId.isWellFormed("ccm-12msp")).isTrue();
        assertThat(MeetingId.isWellFormed("c")).isFalse();
    }

    @Test
    void strictReadingNamesTheFieldAndTheForm() {
        assertThatThrownBy(() -> org.rapporteur.facts.StrictFacts.read(JSON.readTree(
                "{\"state\":\"ABC\",\"symbol\":\"X/1\",\"itemNumber\":\"7\",\"article\":\"4\",\"meeting\":\"m-1\"}"),
                Facts.class))
                .isInstanceOf(org.rapporteur.facts.InvalidFactsException.class)
                .hasMessageContaining("state").hasMessageContaining("'ABC' is not " + StateCode.FORM);
    }

    @Test
    void anArticleIsReferredToWithoutItsParagraphs() {
        assertThat(ArticleReference.of("4.1").article()).isEqualTo("4");
        assertThat(ArticleReference.of("3.2.c").article()).isEqualTo("3");
        assertThat(ArticleReference.of("14").article()).isEqualTo("14");
    }
}
