package org.rapporteur.command.actions;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema of actions shows the contract's value types as the strings they are written as, with their form. */
class ActionSchemasTest {

    @Test
    void aStatesCodeIsAStringInItsFormNotAnObject() {
        Components components = new Components();
        new ActionSchemas(components);

        Schema<?> state = (Schema<?>) components.getSchemas().get("extension-request-presented").getProperties().get("state");
        assertThat(state.getType()).isEqualTo("string");
        assertThat(state.getPattern()).isEqualTo("^[A-Za-z]{3}$");
        assertThat(state.getDescription()).isEqualTo(StateCode.FORM);
        Schema<?> states = (Schema<?>) components.getSchemas().get("participants-registered").getProperties().get("states");
        assertThat(states.getItems().getType()).isEqualTo("string");
        assertThat(states.getItems().getDescription()).isEqualTo(StateCode.FORM);
        assertThat(components.getSchemas()).doesNotContainKeys("StateCode", "DocumentSymbol", "AgendaItemNumber", "ArticleReference");
    }
}
