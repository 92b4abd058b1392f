package org.rapporteur.facts;

import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.CorrectedKind;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every field of the given facts names a fact of their kind: all unknown ones are listed, none is dropped. */
final class KnownFields {

    /** The stored form names the kind of corrected facts under this field. */
    static final String KIND_FIELD = CorrectedKind.FIELD;

    private KnownFields() {
    }

    static void check(JsonNode node, Type type, String path, List<InvalidFactsException.FieldError> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        Class<?> raw = FactTypes.raw(type);
        if (raw.isRecord() && !FactFields.isValue(raw)) {
            if (node.isObject()) {
                record(node, raw, path, problems);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), FactTypes.contained(type), path + "[" + i + "]", problems);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (node.isObject()) {
                node.fields().forEachRemaining(f -> check(f.getValue(), FactTypes.contained(type), at(path, f.getKey()), problems));
            }
        } else if (raw == MeetingEvent.class && node.isObject()) {
            Actions.byName(node.path(KIND_FIELD).asText()).ifPresent(kind -> record(node, kind, path, problems));
        }
    }

    private static void record(JsonNode node, Class<?> type, String path, List<InvalidFactsException.FieldError> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<FactFields.Fact> fact = FactFields.named(type, field.getKey());
            if (fact.isEmpty()) {
                if (!(field.getKey().equals(KIND_FIELD) && MeetingEvent.class.isAssignableFrom(type))) {
                    problems.add(new InvalidFactsException.FieldError(at(path, field.getKey()),
                            "unknown field; " + owner(type) + " " + FactTypes.fields(type)));
                }
                continue;
            }
            if (field.getValue().isNull() && fact.get().raw().isPrimitive()) {
                problems.add(new InvalidFactsException.FieldError(at(path, field.getKey()),
                        "null is not " + FactTypes.expected(fact.get().raw()) + "; leave the field out instead"));
            }
            check(field.getValue(), fact.get().type(), at(path, field.getKey()), problems);
        }
    }

    private static String owner(Class<?> type) {
        return MeetingEvent.class.isAssignableFrom(type) && Actions.all().contains(type)
                ? "the facts of " + Actions.name(type) + " are" : "the fields here are";
    }

    static String at(String path, String field) {
        return FactFields.at(path, field);
    }
}
