package org.rapporteur.events.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Corrections name the corrected facts' kind, not their class; those stored naming the class read the same. */
class CorrectionsByKindTest {

    private static final ObjectMapper JSON = EventJson.mapper();
    private final Serializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();

    @Test
    void aCorrectionIsStoredNamingTheKindOfItsFacts() throws Exception {
        DocumentSubmitted submitted = new DocumentSubmitted(MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 10)),
                DocumentSymbol.of("CCM/MSP/2024/1"), "Provisional agenda", "the President", DocumentKind.AGENDA);
        ActionCorrected correction = new ActionCorrected(MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 11)), "e1", "title", submitted);

        JsonNode stored = JSON.valueToTree(correction);
        assertThat(stored.path("corrected").path("@kind").asText()).isEqualTo("document-submitted");
        assertThat(stored.path("corrected").has("@class")).isFalse();
        assertThat(stored.path("corrected").path("kind").asText()).as("a fact called kind is its own").isEqualTo("AGENDA");
        assertThat(JSON.treeToValue(stored, ActionCorrected.class)).isEqualTo(correction);
    }

    @Test
    void aCorrectionStoredNamingTheClassOfItsFactsReadsAsNamingTheirKind() {
        IntermediateEventRepresentation read = upcast("""
                {"moment":{"plenarySession":2,"date":"2025-09-16","time":null},"correctedEventId":"e9","reason":"period",
                 "corrected":{"@class":"org.rapporteur.events.decisions.ExtensionRequestGranted",
                  "moment":{"plenarySession":2,"date":"2025-09-16","time":null},"state":"BIH","article":"4.1","years":2,
                  "newDeadline":"2027-09-01","observations":[],"reporting":null,"keepApprised":true}}""");

        assertThat(read.getType().getRevision()).isEqualTo("2");
        JsonNode facts = read.getData(JsonNode.class).getData().path("corrected");
        assertThat(facts.path("@kind").asText()).isEqualTo("extension-request-granted");
        assertThat(facts.has("@class")).isFalse();
        ActionCorrected correction = (ActionCorrected) serializer.deserialize(new SimpleSerializedObject<>(
                read.getData(String.class).getData(), String.class, read.getType()));
        assertThat(((ExtensionRequestGranted) correction.corrected()).years()).isEqualTo(2);
    }

    @Test
    void theClassesOfRevisionOneAreKeptAsTheyWereNotLookedUp() {
        Map<String, String> classes = CorrectionsByKind.classesOfRevision1();
        // as stored: every kind of revision 1 by the class it had then, whatever its class is now
        assertThat(classes).hasSize(67).containsEntry("org.rapporteur.events.decisions.ExtensionRequestGranted",
                "extension-request-granted").containsEntry("org.rapporteur.events.corrections.ActionWithdrawn", "action-withdrawn");
        // a kind retired since (vice-presidents-elected) is translated by its own upcaster before this one reads it
        assertThat(classes.values()).allMatch(kind -> Actions.byName(kind).isPresent() || RetiredKinds.replacement(kind).isPresent());
        ObjectNode moved = (ObjectNode) JSON.createObjectNode().set("corrected", JSON.createObjectNode()
                .put("@class", "org.rapporteur.events.documents.DocumentSubmitted").put("symbol", "X/1"));
        assertThat(new CorrectionsByKind().byKind(moved).path("corrected").path("@kind").asText()).isEqualTo("document-submitted");
    }

    @Test
    void aStoredCorrectionOfAClassThatWasNeverAKindIsAnError() {
        assertThatThrownBy(() -> upcast("""
                {"moment":{"date":"2025-09-16"},"correctedEventId":"e9","reason":"x",
                 "corrected":{"@class":"org.rapporteur.events.decisions.MinutesApproved","moment":{"date":"2025-09-16"}}}""")
                .getData(JsonNode.class).getData())
                .hasMessageContaining("org.rapporteur.events.decisions.MinutesApproved, which was never a kind of action");
    }

    @Test
    void aTypeOutsideTheCatalogueCannotBeNamedAsCorrected() {
        record NotAKind(MeetingMoment moment) implements MeetingEvent {
        }
        ActionCorrected correction = new ActionCorrected(MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 11)), "e1", "x",
                new NotAKind(MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 10))));
        assertThatThrownBy(() -> JSON.writeValueAsString(correction)).hasMessageContaining("is not a kind of action");
    }

    private IntermediateEventRepresentation upcast(String json) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Meeting", "m", 0, "e1", "2025-09-16T10:00:00Z",
                ActionCorrected.class.getName(), "1", json, "{}");
        List<IntermediateEventRepresentation> upcast = RetiredKinds.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
