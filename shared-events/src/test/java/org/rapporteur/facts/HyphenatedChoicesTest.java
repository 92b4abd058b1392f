package org.rapporteur.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.participation.ParticipantCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A choice may be written as profiles write their keys: state-party for state_party. */
class HyphenatedChoicesTest {

    record Registered(ParticipantCategory category) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHyphenatedChoiceIsTheChoiceWithUnderscores() throws Exception {
        assertThat(StrictFacts.read(JSON.readTree("{\"category\":\"state-party\"}"), Registered.class).category())
                .isEqualTo(ParticipantCategory.STATE_PARTY);
        assertThat(StrictFacts.read(JSON.readTree("{\"category\":\"Other-State-Observer\"}"), Registered.class).category())
                .isEqualTo(ParticipantCategory.OTHER_STATE_OBSERVER);
        assertThat(StrictFacts.read(JSON.readTree("{\"category\":\"state_party\"}"), Registered.class).category())
                .isEqualTo(ParticipantCategory.STATE_PARTY);
    }

    @Test
    void anythingElseIsStillRefusedWithTheChoices() {
        assertThatThrownBy(() -> StrictFacts.read(JSON.readTree("{\"category\":\"state-parties\"}"), Registered.class))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("state_party");
    }
}
