package org.rapporteur.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.events.EventJson;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a submitted form into the facts of an action, checking every field at once: what is required, whole
 * numbers, dates and times, and that a State or a choice is one of those offered. Problems are keyed by the fact's
 * path in the facts read (rows renumbered from 0, blank rows left out), worded for the secretariat.
 */
final class FormReader {

    static final String REQUIRED = "Required.";

    private final ObjectMapper json = EventJson.mapper();
    private final FormSchema schema;
    private final Map<String, String[]> parameters;
    private final FormContext context;
    private final String kind;
    final Map<String, String> problems = new LinkedHashMap<>();

    FormReader(FormSchema schema, String kind, Map<String, String[]> parameters, FormContext context) {
        this.schema = schema;
        this.kind = kind;
        this.parameters = parameters;
        this.context = context;
    }

    /** The record's facts as submitted; never null for the action itself. */
    ObjectNode read(Class<?> type) {
        ObjectNode read = group(type, "", "", "", true);
        return read == null ? json.createObjectNode() : read;
    }

    /** The facts of a record at {@code name} (as submitted) and {@code at} (as read), or null when all are blank. */
    private ObjectNode group(Class<?> type, String path, String name, String at, boolean force) {
        ObjectNode node = json.createObjectNode();
        Map<String, String> own = new LinkedHashMap<>();
        List<FormSchema.Fact> facts = schema.facts(kind, type, path, context);
        for (FormSchema.Fact fact : facts) {
            String factPath = join(path, fact.name());
            String factName = join(name, fact.name());
            String factAt = join(at, fact.name());
            JsonNode value = switch (fact.widget()) {
                case GROUP -> group(fact.raw(), factPath, factName, factAt, false);
                case LIST -> list(fact, factPath, factName, factAt);
                case MANY -> many(fact, factName, factAt, own);
                case LINES -> lines(fact, factName, factAt, own);
                case CHECKBOX -> text(factName) == null ? null : json.getNodeFactory().booleanNode(true);
                default -> scalar(fact, factName, factAt, own);
            };
            if (value != null) {
                node.set(fact.name(), value);
            }
        }
        boolean present = node.properties().stream().anyMatch(e -> !e.getValue().isBoolean()) || !own.isEmpty();
        if (!present && !force) {
            return null;
        }
        problems.putAll(own);
        for (FormSchema.Fact fact : facts) {
            String factAt = join(at, fact.name());
            if (!fact.required() || node.has(fact.name()) || problems.containsKey(factAt)) {
                continue;
            }
            if (fact.widget() == FormField.Widget.GROUP) {
                ObjectNode forced = group(fact.raw(), join(path, fact.name()), join(name, fact.name()), factAt, true);
                node.set(fact.name(), forced);
            } else {
                problems.put(factAt, fact.widget() == FormField.Widget.LIST || fact.widget() == FormField.Widget.MANY
                        || fact.widget() == FormField.Widget.LINES ? "Required: give at least one." : REQUIRED);
            }
        }
        return node;
    }

    private JsonNode list(FormSchema.Fact fact, String path, String name, String at) {
        ArrayNode rows = json.createArrayNode();
        for (int index : indexes(name)) {
            ObjectNode row = group(fact.element(), path, name + "[" + index + "]", at + "[" + rows.size() + "]", false);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? null : rows;
    }

    /** The row indexes submitted for the list at {@code name}, in order. */
    private TreeSet<Integer> indexes(String name) {
        TreeSet<Integer> indexes = new TreeSet<>();
        String start = name + "[";
        for (String key : parameters.keySet()) {
            if (key.startsWith(start)) {
                int end = key.indexOf(']', start.length());
                if (end > start.length()) {
                    try {
                        indexes.add(Integer.parseInt(key.substring(start.length(), end)));
                    } catch (NumberFormatException notARow) {
                        // a blank row's token, or noise: not a row
                    }
                }
            }
        }
        return indexes;
    }

    private JsonNode many(FormSchema.Fact fact, String name, String at, Map<String, String> own) {
        ArrayNode values = json.createArrayNode();
        for (String submitted : parameters.getOrDefault(name, new String[0])) {
            for (String one : submitted.split("\\R")) {
                if (one.isBlank()) {
                    continue;
                }
                String value = chosen(fact, one.trim());
                if (value == null) {
                    own.merge(at, unknown(fact, one.trim()), (a, b) -> a + " " + b);
                    values.add(one.trim());
                } else if (!contains(values, value)) {
                    values.add(value);
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    private JsonNode lines(FormSchema.Fact fact, String name, String at, Map<String, String> own) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        ArrayNode lines = json.createArrayNode();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (fact.element() == LocalDate.class && !date(line.trim())) {
                own.merge(at, "“" + line.trim() + "” is not a date: write it as 2024-09-10.", (a, b) -> a + " " + b);
            }
            lines.add(line.trim());
        }
        return lines.isEmpty() ? null : lines;
    }

    private JsonNode scalar(FormSchema.Fact fact, String name, String at, Map<String, String> own) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        switch (fact.widget()) {
            case NUMBER -> {
                if (!text.matches("-?\\d{1,9}")) {
                    own.put(at, "A whole number, such as 4.");
                    return json.getNodeFactory().textNode(text);
                }
                return json.getNodeFactory().numberNode(Integer.parseInt(text));
            }
            case DATE -> {
                if (!date(text)) {
                    own.put(at, "A date, such as 2024-09-10.");
                }
            }
            case TIME -> {
                try {
                    LocalTime.parse(text);
                } catch (DateTimeParseException e) {
                    own.put(at, "A time, such as 10:00.");
                }
            }
            case SELECT, ONE -> {
                String value = chosen(fact, text);
                if (value == null) {
                    own.put(at, unknown(fact, text));
                    return json.getNodeFactory().textNode(text);
                }
                return json.getNodeFactory().textNode(value);
            }
            default -> {
            }
        }
        return json.getNodeFactory().textNode(text);
    }

    /** The value of an offered option given by its value or its label; what was typed when any text will do. */
    private static String chosen(FormSchema.Fact fact, String text) {
        for (FormField.Option option : fact.options()) {
            if (option.value().equalsIgnoreCase(text) || option.label().equalsIgnoreCase(text)) {
                return option.value();
            }
        }
        if (fact.options() == StateNames.options() || "states".equals(fact.note().offer())) {
            return StateNames.code(text).orElse(null);
        }
        return fact.closedOptions() ? null : text;
    }

    private static String unknown(FormSchema.Fact fact, String text) {
        return fact.options() == StateNames.options()
                ? "“" + text + "” is not a State in the list: type part of its name and choose it."
                : "“" + text + "” is not one of the choices offered.";
    }

    private String text(String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
            return null;
        }
        return values[0].trim();
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean contains(ArrayNode values, String value) {
        for (JsonNode existing : values) {
            if (existing.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
