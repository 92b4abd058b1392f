package org.rapporteur.command.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An example body for each kind of action: the facts the CCM Twelfth Meeting's secretariat logged
 * ({@code openapi/action-examples.json}, taken from examples/ccm-12msp.yaml), with enumeration values as the schema
 * spells them; a kind with none there gets one made from its schema.
 */
final class ActionExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEEPEST = 8;

    private final Components components;
    private final JsonNode logged;

    ActionExamples(Components components) {
        this.components = components;
        try (InputStream in = ActionExamples.class.getResourceAsStream("/openapi/action-examples.json")) {
            this.logged = in == null ? NODES.objectNode() : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi/action-examples.json", e);
        }
    }

    /** The body that records an action of this kind. */
    JsonNode action(Class<? extends MeetingEvent> kind, String schemaName) {
        Schema<?> schema = components.getSchemas().get(schemaName);
        JsonNode facts = logged.get(Actions.name(kind));
        ObjectNode body = NODES.objectNode().put("kind", Actions.name(kind));
        if (facts == null) {
            ObjectNode made = (ObjectNode) make(schema, 0);
            made.put("kind", Actions.name(kind));
            return made;
        }
        if (ActionSchemas.nested(kind)) {
            body.set("facts", facts.deepCopy());
        } else {
            body.setAll((ObjectNode) facts.deepCopy());
        }
        return spelled(body, schema);
    }

    /** The convening's body for the meeting with this id. */
    JsonNode convening(String id) {
        ObjectNode body = NODES.objectNode().put("id", id);
        JsonNode facts = logged.get(Actions.name(org.rapporteur.events.meeting.MeetingConvened.class));
        if (facts != null) {
            body.setAll((ObjectNode) facts.deepCopy());
        }
        return spelled(body, components.getSchemas().get("ConveneMeeting"));
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

    /** A value the schema accepts: its required properties, with plausible values by type. */
    private JsonNode make(Schema<?> schema, int depth) {
        Schema<?> resolved = resolve(schema);
        if (resolved == null || depth > DEEPEST) {
            return NODES.objectNode();
        }
        if (resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
            return NODES.pojoNode(resolved.getEnum().get(0));
        }
        if (resolved.getOneOf() != null && !resolved.getOneOf().isEmpty()) {
            return make(resolved.getOneOf().get(0), depth + 1);
        }
        String type = resolved.getType() == null ? (resolved.getProperties() != null ? "object" : "string") : resolved.getType();
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (resolved.getProperties() != null) {
                    resolved.getProperties().forEach((name, property) -> {
                        if (required(resolved, name)) {
                            object.set(name, make(property, depth + 1));
                        }
                    });
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(make(resolved.getItems(), depth + 1));
            case "integer", "number" -> NODES.numberNode(resolved.getMinimum() == null ? 1 : resolved.getMinimum().intValue() + 1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(text(resolved));
        };
    }

    private static boolean required(Schema<?> schema, String property) {
        List<String> required = schema.getRequired();
        return required != null && required.contains(property);
    }

    private static String text(Schema<?> schema) {
        if ("date".equals(schema.getFormat())) {
            return "2024-09-10";
        }
        if ("date-time".equals(schema.getFormat())) {
            return "2024-09-10T10:00:00Z";
        }
        return "as the meeting recorded it";
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
