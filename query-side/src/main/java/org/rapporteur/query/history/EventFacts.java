package org.rapporteur.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of any event read as a JSON tree, so that views can find the States and documents an action concerns,
 * and describe kinds of action they were not written for.
 */
public final class EventFacts {

    private static final ObjectMapper MAPPER = EventJson.mapper();
    private static final Set<String> DOCUMENT_FIELDS = Set.of("symbol", "documentSymbol", "draftSymbol");

    private EventFacts() {
    }

    public static String kind(MeetingEvent event) {
        return Actions.name(event.getClass());
    }

    /** The event's components as stored, without its moment, read afresh (a history's {@link EventReadings} keeps it). */
    public static ObjectNode tree(MeetingEvent event) {
        return freshTree(event);
    }

    static ObjectNode freshTree(MeetingEvent event) {
        ObjectNode tree = built(event);
        if (tree == null) {
            tree = MAPPER.valueToTree(event);
        }
        tree.remove("moment");
        return tree;
    }

    /** The tree {@code valueToTree} would give, built without its token buffer; null if left to it ({@link EventTrees}). */
    static ObjectNode built(MeetingEvent event) {
        try {
            return EventTrees.tree(MAPPER, event);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read " + event.getClass().getName() + " as JSON", e);
        }
    }

    /** The event's components without its moment, as a map. */
    public static Map<String, Object> facts(MeetingEvent event) {
        return java.util.Collections.unmodifiableMap(map(tree(event)));
    }

    public static <T> T read(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node, type);
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static Map<String, Object> map(Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(value, Map.class);
        return map;
    }

    /** Every State (ISO 3166 alpha-3) the action names, wherever it names one: {@code state}, {@code states}, {@code …State(s)}. */
    public static List<String> states(MeetingEvent event) {
        return states(tree(event));
    }

    static List<String> states(ObjectNode tree) {
        Set<String> states = new LinkedHashSet<>();
        collect(tree, (name, value) -> {
            if (name.equals("state") || name.equals("states") || name.endsWith("State") || name.endsWith("States")) {
                addText(value, states);
            }
        });
        return List.copyOf(states);
    }

    /** The symbols of the meeting's documents the action is about. */
    public static List<String> documents(MeetingEvent event) {
        return documents(tree(event));
    }

    static List<String> documents(ObjectNode tree) {
        Set<String> symbols = new LinkedHashSet<>();
        collect(tree, (name, value) -> {
            if (DOCUMENT_FIELDS.contains(name)) {
                addText(value, symbols);
            }
        });
        return List.copyOf(symbols);
    }

    private static void addText(JsonNode value, Set<String> into) {
        if (value.isTextual() && !value.asText().isBlank()) {
            into.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(v -> addText(v, into));
        }
    }

    private interface FieldVisitor {
        void visit(String name, JsonNode value);
    }

    private static void collect(JsonNode node, FieldVisitor visitor) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("corrected") || field.getKey().equals("reference")) {
                    continue;
                }
                visitor.visit(field.getKey(), field.getValue());
                collect(field.getValue(), visitor);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, visitor));
        }
    }
}
