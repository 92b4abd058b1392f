package org.rapporteur.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The facts of any event read as a JSON tree, so that views can find the States and documents an action concerns,
 * and describe kinds of action they were not written for.
 */
public final class EventFacts {

    private static final ObjectMapper MAPPER = EventJson.mapper();
    private static final Set<String> DOCUMENT_FIELDS = Set.of("symbol", "documentSymbol", "draftSymbol");
    // what is read from an event is read once: every view of every fold asks again (weak keys compare by identity)
    private static final Cache<MeetingEvent, AtomicReferenceArray<Object>> READ = Caffeine.newBuilder().weakKeys().build();
    private static final int TREE = 0;
    private static final int STATES = 1;
    private static final int DOCUMENTS = 2;
    private static final int FACTS = 3;

    private EventFacts() {
    }

    public static String kind(MeetingEvent event) {
        return Actions.name(event.getClass());
    }

    /** The event's components as stored, without its moment; shared, so never to be modified. */
    public static ObjectNode tree(MeetingEvent event) {
        return read(event, TREE, EventFacts::freshTree);
    }

    /** A part of what is read from an event, read on first use; read twice at once, it reads the same. */
    @SuppressWarnings("unchecked")
    private static <T> T read(MeetingEvent event, int part, Function<MeetingEvent, T> reader) {
        AtomicReferenceArray<Object> parts = READ.get(event, e -> new AtomicReferenceArray<>(FACTS + 1));
        Object value = parts.get(part);
        if (value == null) {
            value = reader.apply(event);
            parts.set(part, value);
        }
        return (T) value;
    }

    private static ObjectNode freshTree(MeetingEvent event) {
        ObjectNode tree = MAPPER.valueToTree(event);
        tree.remove("moment");
        return tree;
    }

    /** The event's components without its moment, as a map; shared, so never to be modified. */
    public static Map<String, Object> facts(MeetingEvent event) {
        return read(event, FACTS, e -> java.util.Collections.unmodifiableMap(map(tree(e))));
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
        return read(event, STATES, EventFacts::freshStates);
    }

    private static List<String> freshStates(MeetingEvent event) {
        Set<String> states = new LinkedHashSet<>();
        collect(tree(event), (name, value) -> {
            if (name.equals("state") || name.equals("states") || name.endsWith("State") || name.endsWith("States")) {
                addText(value, states);
            }
        });
        return List.copyOf(states);
    }

    /** The symbols of the meeting's documents the action is about. */
    public static List<String> documents(MeetingEvent event) {
        return read(event, DOCUMENTS, EventFacts::freshDocuments);
    }

    private static List<String> freshDocuments(MeetingEvent event) {
        Set<String> symbols = new LinkedHashSet<>();
        collect(tree(event), (name, value) -> {
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
