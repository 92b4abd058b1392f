package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A long {@code field: {$nin: [strings]}} condition of a query, to be answered by set membership: the embedded
 * server compares each document with every listed value, and Axon's tracking query lists every event seen in its
 * look-back window, so catching up after a burst of writes grew with the square of the burst.
 */
record NotIn(Document query, String field, Set<String> values, Document rest) {

    private static final int WORTH_IT = 8;

    /** The query's long {@code $nin} of strings on a top-level field (also inside {@code $and}), if it has one. */
    static NotIn of(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            Set<String> values = strings(entry.getValue());
            if (values != null && !entry.getKey().startsWith("$")) {
                Document rest = new Document(query);
                rest.remove(entry.getKey());
                return new NotIn(query, entry.getKey(), values, rest);
            }
        }
        if (query.size() == 1 && query.get("$and") instanceof List<?> parts) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) instanceof Document part && part.size() == 1) {
                    Map.Entry<String, Object> condition = part.entrySet().iterator().next();
                    Set<String> values = strings(condition.getValue());
                    if (values != null && !condition.getKey().startsWith("$")) {
                        List<Object> others = new ArrayList<>(parts);
                        others.remove(i);
                        Document rest = others.isEmpty() ? new Document() : new Document("$and", others);
                        return new NotIn(query, condition.getKey(), values, rest);
                    }
                }
            }
        }
        return null;
    }

    /** Whether the document passes the condition, or null when its value is not a plain string (let the server judge). */
    Boolean admits(Document document) {
        Object value = document.get(field);
        return value instanceof String text ? !values.contains(text) : null;
    }

    private static Set<String> strings(Object condition) {
        if (condition instanceof Document operators && operators.size() == 1
                && operators.get("$nin") instanceof Collection<?> listed && listed.size() >= WORTH_IT
                && listed.stream().allMatch(String.class::isInstance)) {
            Set<String> values = new HashSet<>();
            listed.forEach(v -> values.add((String) v));
            return values;
        }
        return null;
    }
}
