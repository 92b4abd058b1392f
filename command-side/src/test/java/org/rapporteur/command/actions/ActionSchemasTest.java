package org.rapporteur.command.actions;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;

import java.util.List;

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

    @Test
    void noSchemaIsNamedAfterAJavaClassEveryPartHasItsPublicName() {
        Components components = new Components();
        new ActionSchemas(components);
        java.util.Set<String> javaNames = new java.util.HashSet<>();
        for (Class<? extends org.rapporteur.events.MeetingEvent> kind : org.rapporteur.events.catalogue.Actions.all()) {
            org.rapporteur.facts.FactFields.anyWithin(kind, type -> javaNames.add(type.getSimpleName()) && false);
        }

        assertThat(components.getSchemas().keySet()).as("kebab-case like the kinds, not Java names")
                .allMatch(name -> name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.facts)?"))
                .doesNotContainAnyElementsOf(javaNames)
                .contains("person", "meeting-moment", "holder", "agenda-item", "speaker", "ceremony-speaker",
                        "convene-meeting", "agenda-adopted", "document-submitted.facts");
        assertThat(components.getSchemas().keySet()).as("every part named in PartNames is used")
                .containsAll(org.rapporteur.events.catalogue.PartNames.all().values());
        Schema<?> statement = components.getSchemas().get("statement-delivered.facts");
        assertThat(((Schema<?>) statement.getProperties().get("speaker")).get$ref()).isEqualTo(ActionSchemas.REF + "speaker");
        Schema<?> ceremony = components.getSchemas().get("opening-ceremony-held");
        assertThat(((Schema<?>) ceremony.getProperties().get("speakers")).getItems().get$ref())
                .isEqualTo(ActionSchemas.REF + "ceremony-speaker");
        assertThat(components.getSchemas().get("ceremony-speaker").getProperties()).containsKey("titleFirst");
        List<String> required = components.getSchemas().get("meeting-moment").getRequired();
        assertThat(required == null ? List.<String>of() : required).as("the moment's date is defaulted").doesNotContain("date");
        assertThat(components.getSchemas().get("meeting-moment").getProperties()).containsKeys("date", "time");
    }
}
