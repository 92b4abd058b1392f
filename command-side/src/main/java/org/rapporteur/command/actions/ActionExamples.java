package org.rapporteur.command.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.rapporteur.command.scenario.ExampleMeetings;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An example body for each kind of action: its first use in the example meetings ({@link ExampleMeetings}, the same
 * example docs/vocabulary.md shows), with the moment it was logged at and enumeration values as the schema spells
 * them. A correction names the corrected action by an event id made from the example's reference to it.
 */
final class ActionExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEEPEST = 8;

    private final Components components;
    private final ExampleMeetings meetings;

    ActionExamples(Components components, ExampleMeetings meetings) {
        this.components = components;
        this.meetings = meetings;
    }

    /** The body that records an action of this kind, as an example meeting logged it; empty if none does. */
    Optional<JsonNode> action(Class<? extends MeetingEvent> kind, String schemaName) {
        return meetings.firstUse(Actions.name(kind))
                .map(use -> spelled(body(kind, use.written(), use.action()), components.getSchemas().get(schemaName)));
    }

    /** Where the convening's example comes from: the meeting's id and file. */
    Optional<ExampleMeetings.Use> conveningUse() {
        return meetings.firstUse(Actions.name(MeetingConvened.class));
    }

    /** The convening's body, as the first example meeting was convened. */
    Optional<JsonNode> convening() {
        return conveningUse().map(use -> {
            ObjectNode body = NODES.objectNode().put("id", use.meetingId());
            body.set("moment", moment(use.action().moment()));
            body.setAll((ObjectNode) use.written().path("facts").deepCopy());
            return spelled(body, components.getSchemas().get(ActionSchemas.CONVENING));
        });
    }

    private static ObjectNode body(Class<? extends MeetingEvent> kind, JsonNode written, MeetingEvent action) {
        ObjectNode body = NODES.objectNode().put("kind", Actions.name(kind));
        body.set("moment", moment(action.moment()));
        if (action instanceof ActionCorrected correction) {
            body.put("correctedEventId", eventId(correction.correctedEventId()));
            body.put("reason", correction.reason());
            MeetingEvent corrected = correction.corrected();
            body.set("corrected", body(corrected.getClass(), written, corrected));
        } else if (action instanceof ActionWithdrawn withdrawal) {
            body.put("withdrawnEventId", eventId(withdrawal.withdrawnEventId()));
            body.put("reason", withdrawal.reason());
        } else {
            JsonNode facts = written.path("facts").isObject() ? written.path("facts").deepCopy() : NODES.objectNode();
            if (ActionSchemas.nested(kind)) {
                body.set("facts", facts);
            } else {
                body.setAll((ObjectNode) facts);
            }
        }
        return body;
    }

    private static ObjectNode moment(MeetingMoment moment) {
        ObjectNode node = NODES.objectNode();
        if (moment.plenarySession() != null) {
            node.put("plenarySession", moment.plenarySession());
        }
        node.put("date", moment.date().toString());
        if (moment.time() != null) {
            node.put("time", moment.time().toString());
        }
        return node;
    }

    /** The example meeting refers to the action by its place in the file; over HTTP it is the action's event id. */
    private static String eventId(String reference) {
        return UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Enumeration values are accepted in any case; the example spells them as the schema does. */
    private JsonNode spelled(JsonNode value, Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        if (resolved == null) {
            return value;
        }
        if (resolved.getAllOf() != null) {
            JsonNode spelt = value;
            for (Schema<?> part : resolved.getAllOf()) {
                spelt = spelled(spelt, part);
            }
            return spelt;
        }
        if (value.isObject() && resolved.getDiscriminator() != null && resolved.getDiscriminator().getMapping() != null) {
            String ref = resolved.getDiscriminator().getMapping().get(value.path("kind").asText());
            return ref == null ? value : spelled(value, new Schema<>().$ref(ref));
        }
        if (value.isTextual() && resolved.getEnum() != null) {
            for (Object allowed : resolved.getEnum()) {
                if (String.valueOf(allowed).equalsIgnoreCase(value.asText())) {
                    return NODES.textNode(String.valueOf(allowed));
                }
            }
        }
        if (value.isObject() && resolved.getProperties() != null) {
            ObjectNode object = (ObjectNode) value;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Schema<?> property = resolved.getProperties().get(field.getKey());
                if (property != null) {
                    field.setValue(spelled(field.getValue(), property));
                }
            }
        }
        if (value.isArray() && resolved.getItems() != null) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, spelled(array.get(i), resolved.getItems()));
            }
        }
        return value;
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> at = schema;
        for (int i = 0; at != null && at.get$ref() != null && i < DEEPEST; i++) {
            String ref = at.get$ref();
            at = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return at;
    }
}
