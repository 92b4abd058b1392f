package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * In-memory ordered maps, from the values of an index's first two fields to document positions, for each index
 * declared on a collection. They answer what the embedded server otherwise answers by scanning every document:
 * equality, {@code $in} and range conditions on the first field ({@code timestamp >= t}), and equality on the first
 * with a range on the second ({@code aggregateIdentifier = id and sequenceNumber >= n}), as MongoDB answers them from
 * its indexes. They only narrow the candidates; every candidate is still matched against the whole query, and an
 * index over arrays or sub-documents is left to the full scan.
 */
final class OrderedFields {

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");
    private static final ValueComparator VALUES = ValueComparator.asc();
    /** Below and above every value, to bound the second field of a key. */
    private static final Object LOWEST = new Object();
    private static final Object HIGHEST = new Object();
    private static final Comparator<Object[]> KEYS = (a, b) -> {
        for (int i = 0; i < a.length; i++) {
            int order = compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private final Map<List<String>, Ordering> orderings = new LinkedHashMap<>();
    private boolean built;

    private static final class Ordering {
        final String first;
        final String second;
        final NavigableMap<Object[], Set<Object>> keys = new TreeMap<>(KEYS);
        boolean unordered;

        Ordering(String first, String second) {
            this.first = first;
            this.second = second;
        }

        Object[] key(Document document) {
            return new Object[]{document.get(first), second == null ? null : document.get(second)};
        }
    }

    /** Declares an index by its fields; its map is built on the next query, from the documents then stored. */
    void declare(List<String> fields) {
        List<String> leading = fields.subList(0, Math.min(2, fields.size()));
        if (leading.stream().noneMatch(f -> f.contains(".") || f.startsWith("$")) && !orderings.containsKey(leading)) {
            orderings.put(List.copyOf(leading), new Ordering(leading.get(0), leading.size() > 1 ? leading.get(1) : null));
            built = false;
        }
    }

    boolean needsBuild() {
        return !built && !orderings.isEmpty();
    }

    void build(Iterable<Map.Entry<Object, Document>> documents) {
        orderings.values().forEach(o -> {
            o.keys.clear();
            o.unordered = false;
        });
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
        for (Ordering ordering : orderings.values()) {
            Object[] key = ordering.key(document);
            Set<Object> positions = ordering.keys.get(key);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    ordering.keys.remove(key);
                }
            }
        }
    }

    private void addIndexed(Document document, Object position) {
        for (Ordering ordering : orderings.values()) {
            Object[] key = ordering.key(document);
            if ((key[0] != null && !orderable(key[0])) || (key[1] != null && !orderable(key[1]))) {
                ordering.unordered = true;
            } else if (key[0] != null) {
                ordering.keys.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(position);
            }
        }
    }

    /** The positions of every document that can match the query, or null when no declared index narrows it. */
    List<Object> candidates(Document query) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions(query, conditions);
        List<Object> best = null;
        for (Ordering ordering : orderings.values()) {
            if (ordering.unordered || !conditions.containsKey(ordering.first)) {
                continue;
            }
            List<Object> positions = positions(ordering, conditions.get(ordering.first), conditions.get(ordering.second));
            if (positions != null && (best == null || positions.size() < best.size())) {
                best = positions;
            }
        }
        return best;
    }

    /** The top-level conditions of the query by field, {@code $and} flattened (a field named twice keeps its first). */
    private static void conditions(Document query, Map<String, Object> into) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        conditions(document, into);
                    }
                }
            } else if (!entry.getKey().startsWith("$")) {
                into.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
    }

    private static List<Object> positions(Ordering ordering, Object first, Object second) {
        List<Object> exact = exactValues(first);
        if (exact != null) {
            Bounds within = ordering.second == null ? Bounds.ALL : Bounds.of(second);
            List<Object> positions = new ArrayList<>();
            for (Object value : exact) {
                Object[] low = {value, within.low};
                Object[] high = {value, within.high};
                if (KEYS.compare(low, high) <= 0) {
                    ordering.keys.subMap(low, within.lowInclusive, high, within.highInclusive).values().forEach(positions::addAll);
                }
            }
            return positions;
        }
        Bounds range = Bounds.of(first);
        if (range == Bounds.ALL) {
            return null;
        }
        Object[] low = {range.low, range.lowInclusive ? LOWEST : HIGHEST};
        Object[] high = {range.high, range.highInclusive ? HIGHEST : LOWEST};
        List<Object> positions = new ArrayList<>();
        if (KEYS.compare(low, high) <= 0) {
            ordering.keys.subMap(low, true, high, true).values().forEach(positions::addAll);
        }
        return positions;
    }

    /** The values an equality or {@code $in} condition admits, or null when it is no such condition. */
    private static List<Object> exactValues(Object condition) {
        if (orderable(condition)) {
            return List.of(condition);
        }
        if (condition instanceof Document operators && operators.size() == 1) {
            Object operand = operators.values().iterator().next();
            String operator = operators.keySet().iterator().next();
            if (operator.equals("$eq") && orderable(operand)) {
                return List.of(operand);
            }
            if (operator.equals("$in") && operand instanceof Collection<?> options && options.stream().allMatch(OrderedFields::orderable)) {
                return List.copyOf(new LinkedHashSet<>(options));
            }
        }
        return null;
    }

    /** A range of one field's values; {@link #ALL} when the condition is no range. */
    private record Bounds(Object low, boolean lowInclusive, Object high, boolean highInclusive) {

        static final Bounds ALL = new Bounds(LOWEST, true, HIGHEST, true);

        static Bounds of(Object condition) {
            List<Object> exact = exactValues(condition);
            if (exact != null && exact.size() == 1) {
                return new Bounds(exact.get(0), true, exact.get(0), true);
            }
            if (!(condition instanceof Document operators) || operators.isEmpty() || !RANGE.containsAll(operators.keySet())
                    || !operators.values().stream().allMatch(OrderedFields::orderable)) {
                return ALL;
            }
            Object low = LOWEST;
            Object high = HIGHEST;
            boolean lowInclusive = true;
            boolean highInclusive = true;
            for (Map.Entry<String, Object> operator : operators.entrySet()) {
                switch (operator.getKey()) {
                    case "$gt" -> { low = operator.getValue(); lowInclusive = false; }
                    case "$gte" -> { low = operator.getValue(); lowInclusive = true; }
                    case "$lt" -> { high = operator.getValue(); highInclusive = false; }
                    default -> { high = operator.getValue(); highInclusive = true; }
                }
            }
            return new Bounds(low, lowInclusive, high, highInclusive);
        }
    }

    private static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == LOWEST || b == HIGHEST) {
            return -1;
        }
        if (a == HIGHEST || b == LOWEST) {
            return 1;
        }
        return VALUES.compare(a, b);
    }

    /** A plain value: neither missing, nor an array, a sub-document or a pattern, each of which matches by other rules. */
    private static boolean orderable(Object value) {
        return value != null && !(value instanceof Collection) && !(value instanceof Map) && !(value instanceof Pattern)
                && !(value instanceof BsonRegularExpression) && !(value instanceof Missing);
    }
}
