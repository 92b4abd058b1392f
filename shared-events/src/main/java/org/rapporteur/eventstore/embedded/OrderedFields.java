package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * In-memory ordered maps, value to document positions, for the leading field of each index declared on a collection.
 * They answer what the embedded server otherwise answers by scanning every document: equality, {@code $in} and range
 * conditions on such a field ({@code timestamp >= t}, {@code aggregateIdentifier = id and sequenceNumber >= n}), as
 * MongoDB answers them from its indexes. They only narrow the candidates; every candidate is still matched against the
 * whole query, so a field they cannot order (an array or sub-document value) is simply left to the full scan.
 */
final class OrderedFields {

    private static final Set<String> ORDERING_OPERATORS = Set.of("$eq", "$gt", "$gte", "$lt", "$lte", "$in");

    private final Map<String, NavigableMap<Object, Set<Object>>> fields = new LinkedHashMap<>();
    private final Set<String> unordered = new HashSet<>();
    private boolean built;

    /** Declares a field; its map is built on the next query, from the documents then stored. */
    void declare(String field) {
        if (!field.contains(".") && !field.startsWith("$") && !fields.containsKey(field)) {
            fields.put(field, new TreeMap<>(ValueComparator.asc()));
            built = false;
        }
    }

    boolean needsBuild() {
        return !built && !fields.isEmpty();
    }

    void build(Iterable<Map.Entry<Object, Document>> documents) {
        fields.values().forEach(Map::clear);
        unordered.clear();
        for (Map.Entry<Object, Document> entry : documents) {
            addIndexed(entry.getValue(), entry.getKey());
        }
        built = true;
    }

    void add(Document document, Object position) {
        if (built) {
            addIndexed(document, position);
        }
    }

    void remove(Document document, Object position) {
        if (!built) {
            return;
        }
        fields.forEach((field, values) -> {
            Object value = document.get(field);
            if (orderable(value)) {
                Set<Object> positions = values.get(value);
                if (positions != null) {
                    positions.remove(position);
                    if (positions.isEmpty()) {
                        values.remove(value);
                    }
                }
            }
        });
    }

    private void addIndexed(Document document, Object position) {
        fields.forEach((field, values) -> {
            Object value = document.get(field);
            if (orderable(value)) {
                values.computeIfAbsent(value, v -> new LinkedHashSet<>(2)).add(position);
            } else if (value != null) {
                unordered.add(field);
            }
        });
    }

    /** The positions of every document that can match the query, or null when no declared field narrows it. */
    List<Object> candidates(Document query) {
        List<Object> best = null;
        for (Map.Entry<String, Object> condition : conditions(query, new ArrayList<>())) {
            List<Object> positions = positions(condition.getKey(), condition.getValue());
            if (positions != null && (best == null || positions.size() < best.size())) {
                best = positions;
            }
        }
        return best;
    }

    /** The top-level conjuncts of the query, {@code $and} flattened. */
    private List<Map.Entry<String, Object>> conditions(Document query, List<Map.Entry<String, Object>> into) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        conditions(document, into);
                    }
                }
            } else if (fields.containsKey(entry.getKey()) && !unordered.contains(entry.getKey())) {
                into.add(entry);
            }
        }
        return into;
    }

    private List<Object> positions(String field, Object condition) {
        NavigableMap<Object, Set<Object>> values = fields.get(field);
        if (orderable(condition)) {
            return flatten(List.of(values.getOrDefault(condition, Set.of())));
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !ORDERING_OPERATORS.containsAll(operators.keySet()) || BsonRegularExpression.isRegularExpression(condition)) {
            return null;
        }
        List<Object> narrowest = null;
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            List<Object> positions = positions(values, operator.getKey(), operator.getValue());
            if (positions != null && (narrowest == null || positions.size() < narrowest.size())) {
                narrowest = positions;
            }
        }
        return narrowest;
    }

    private static List<Object> positions(NavigableMap<Object, Set<Object>> values, String operator, Object operand) {
        if (operator.equals("$in")) {
            if (!(operand instanceof Collection<?> options) || !options.stream().allMatch(OrderedFields::orderable)) {
                return null;
            }
            List<Set<Object>> sets = new ArrayList<>();
            new HashSet<Object>(options).forEach(option -> sets.add(values.getOrDefault(option, Set.of())));
            return flatten(sets);
        }
        if (!orderable(operand)) {
            return null;
        }
        return switch (operator) {
            case "$eq" -> flatten(List.of(values.getOrDefault(operand, Set.of())));
            case "$gt" -> flatten(values.tailMap(operand, false).values());
            case "$gte" -> flatten(values.tailMap(operand, true).values());
            case "$lt" -> flatten(values.headMap(operand, false).values());
            case "$lte" -> flatten(values.headMap(operand, true).values());
            default -> null;
        };
    }

    private static List<Object> flatten(Collection<Set<Object>> sets) {
        List<Object> positions = new ArrayList<>();
        sets.forEach(positions::addAll);
        return positions;
    }

    /** A plain value: neither missing, nor an array, a sub-document or a pattern, each of which matches by other rules. */
    private static boolean orderable(Object value) {
        return value != null && !(value instanceof Collection) && !(value instanceof Map) && !(value instanceof Pattern)
                && !(value instanceof BsonRegularExpression) && !(value instanceof Missing);
    }
}
