package org.rapporteur.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.rapporteur.facts.StrictFacts;
import org.rapporteur.eventstore.EventJson;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Forms for any kind of action, made from its event record: one input per fact, pre-filled from the meeting's
 * context (open plenary session, agenda item under consideration), States offered from the participants and
 * document symbols from the register. Submitted values are read back into the event and validated, each
 * problem attached to its field.
 */
@Component
public class ActionForms {

    private static final String LIST_SEPARATOR = "|";

    private final ObjectMapper json = EventJson.mapper();
    private final Validator validator;

    public ActionForms(Validator validator) {
        this.validator = validator;
    }

    /** What the meeting offers as defaults and choices. */
    public record Context(Integer openSession, LocalDate date, int nextSession, String currentItem,
                          List<FormField.Option> agendaItems, List<FormField.Option> states, List<String> symbols) {
    }

    /** The outcome of reading a submitted form: the event, or the form with its problems and typed values. */
    public record Reading<T>(T value, List<FormField> fields, String problem) {
        public boolean valid() {
            return value != null;
        }
    }

    public List<FormField> blank(Class<?> type, Context context) {
        List<FormField> fields = new ArrayList<>();
        collect(type, "", "", false, context, fields);
        List<FormField> defaulted = new ArrayList<>();
        for (FormField field : fields) {
            String value = defaultValue(type, field.name(), context);
            defaulted.add(value == null ? field : field.with(value, Set.of(value)));
        }
        return defaulted;
    }

    /** The form filled with the facts of an action already logged, for a correction. */
    public List<FormField> filled(MeetingEvent facts, Context context) {
        JsonNode tree = json.valueToTree(facts);
        List<FormField> filled = new ArrayList<>();
        for (FormField field : blank(facts.getClass(), context)) {
            JsonNode node = at(tree, field.name());
            if (node == null || node.isNull() || node.isMissingNode()) {
                filled.add(field.with(null, Set.of()));
            } else if (field.widget() == FormField.Widget.MULTISELECT) {
                Set<String> values = new LinkedHashSet<>();
                node.forEach(v -> values.add(v.asText()));
                filled.add(field.with(null, values));
            } else if (field.widget() == FormField.Widget.JSON) {
                filled.add(field.with(node.toPrettyString(), Set.of()));
            } else if (field.widget() == FormField.Widget.LINES) {
                List<String> lines = new ArrayList<>();
                node.forEach(v -> lines.add(v.isObject() ? joinComponents(v) : v.asText()));
                filled.add(field.with(String.join("\n", lines), Set.of()));
            } else {
                filled.add(field.with(node.asText(), Set.of(node.asText())));
            }
        }
        return filled;
    }

    public <T> Reading<T> read(Class<T> type, Map<String, String[]> parameters, Context context) {
        List<FormField> fields = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        ObjectNode tree = json.createObjectNode();
        for (FormField field : blank(type, context)) {
            String[] submitted = parameters.getOrDefault(field.name(), new String[0]);
            FormField typed = typed(field, submitted);
            fields.add(typed);
            if (field.widget() == FormField.Widget.NUMBER && typed.value() != null && !typed.value().isBlank()
                    && !typed.value().trim().matches("-?\\d{1,9}")) {
                problems.put(field.name(), "must be a whole number");
                continue;
            }
            if (field.widget() == FormField.Widget.JSON && typed.value() != null && !typed.value().isBlank()) {
                try {
                    StrictFacts.mapper().readTree(typed.value());
                } catch (JsonProcessingException e) {
                    problems.put(field.name(), "not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
            }
            put(tree, field, typed, type);
        }
        StrictFacts.Reading<T> strict = StrictFacts.reading(tree, type);
        strict.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        T value = strict.value();
        if (value == null) {
            return problems(fields, problems);
        }
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            String path = violation.getPropertyPath().toString();
            if (!problems.containsKey(path)) {
                problems.merge(path, violation.getMessage(), (a, b) -> a + "; " + b);
            }
        }
        return problems.isEmpty() ? new Reading<>(value, fields, null) : problems(fields, problems);
    }

    /** Attaches problems (by fact path) to their fields; what fits no field becomes the form's problem. */
    public <T> Reading<T> problems(List<FormField> fields, Map<String, String> problems) {
        List<FormField> marked = new ArrayList<>(fields);
        List<String> unplaced = new ArrayList<>();
        problems.forEach((path, message) -> {
            int index = fieldFor(marked, path);
            if (index < 0) {
                unplaced.add((path.isEmpty() ? "" : path + ": ") + message);
            } else {
                marked.set(index, marked.get(index).withError(message));
            }
        });
        return new Reading<>(null, marked, unplaced.isEmpty() ? null : String.join("; ", unplaced));
    }

    private static int fieldFor(List<FormField> fields, String path) {
        String plain = path.replaceAll("\\[\\d+].*$", "");
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(plain)) {
                return i;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!plain.isEmpty() && fields.get(i).name().startsWith(plain + ".")) {
                return i;
            }
        }
        return -1;
    }

    private void collect(Class<?> type, String prefix, String labelPrefix, boolean optionalParent, Context context,
                         List<FormField> out) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> raw = component.getType();
            if (MeetingEvent.class.isAssignableFrom(raw)) {
                continue;
            }
            String name = prefix + component.getName();
            String label = labelPrefix + humanize(component.getName());
            boolean required = !optionalParent && required(component);
            if (raw.isRecord()) {
                collect(raw, name + ".", label + ": ", optionalParent || !required, context, out);
            } else if (List.class.isAssignableFrom(raw)) {
                out.add(listField(component, name, label, required, context));
            } else {
                out.add(simpleField(raw, component.getName(), name, label, required, context));
            }
        }
    }

    private FormField simpleField(Class<?> raw, String simpleName, String name, String label, boolean required,
                                  Context context) {
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return field(name, label, FormField.Widget.NUMBER, List.of(), required, null);
        }
        if (raw == LocalDate.class) {
            return field(name, label, FormField.Widget.DATE, List.of(), required, null);
        }
        if (raw == LocalTime.class) {
            return field(name, label, FormField.Widget.TIME, List.of(), required, null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return field(name, label, FormField.Widget.CHECKBOX, List.of(), false, null);
        }
        if (raw.isEnum()) {
            List<FormField.Option> options = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                String value = ((Enum<?>) constant).name();
                options.add(new FormField.Option(value, humanize(value)));
            }
            return field(name, label, FormField.Widget.SELECT, options, required, null);
        }
        if (isState(simpleName)) {
            return field(name, label, FormField.Widget.SELECT, context.states(), required, null);
        }
        if (isItem(simpleName)) {
            return field(name, label, FormField.Widget.SELECT, context.agendaItems(), required, null);
        }
        if (isSymbolReference(simpleName)) {
            return field(name, label, FormField.Widget.SYMBOL,
                    context.symbols().stream().map(symbol -> new FormField.Option(symbol, symbol)).toList(), required, null);
        }
        return field(name, label, FormField.Widget.TEXT, List.of(), required, null);
    }

    private FormField listField(RecordComponent component, String name, String label, boolean required, Context context) {
        Type element = component.getGenericType() instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0] : String.class;
        if (element == String.class && isStates(component.getName())) {
            return field(name, label, FormField.Widget.MULTISELECT, context.states(), required, null);
        }
        if (element instanceof Class<?> elementClass && elementClass.isRecord() && !flat(elementClass)
                || !(element instanceof Class<?>)) {
            return field(name, label, FormField.Widget.JSON, List.of(), required, "JSON: a list of objects");
        }
        String hint = "one per line";
        if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
            hint = "one per line: " + String.join(" " + LIST_SEPARATOR + " ",
                    Arrays.stream(elementClass.getRecordComponents()).map(c -> humanize(c.getName()).toLowerCase(Locale.ROOT)).toList());
        } else if (element == LocalDate.class) {
            hint = "one date per line, such as 2024-09-10";
        }
        return field(name, label, FormField.Widget.LINES, List.of(), required, hint);
    }

    /** A record whose facts fit on one line: no lists or nested records. */
    private static boolean flat(Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type.isRecord() || List.class.isAssignableFrom(type) || java.util.Map.class.isAssignableFrom(type)) {
                return false;
            }
        }
        return true;
    }

    private static FormField field(String name, String label, FormField.Widget widget, List<FormField.Option> options,
                                   boolean required, String hint) {
        return new FormField(name, label, widget, options, null, Set.of(), required, hint, null);
    }

    private static String defaultValue(Class<?> type, String name, Context context) {
        boolean opening = type == PlenarySessionOpened.class;
        switch (name) {
            case "moment.plenarySession":
                if (opening) {
                    return String.valueOf(context.nextSession());
                }
                return context.openSession() == null ? null : String.valueOf(context.openSession());
            case "moment.date":
                return context.date() == null ? null : context.date().toString();
            case "number":
                if (opening) {
                    return String.valueOf(context.nextSession());
                }
                if (type == PlenarySessionClosed.class && context.openSession() != null) {
                    return String.valueOf(context.openSession());
                }
                return null;
            case "itemNumber":
            case "agendaItem":
                return context.currentItem();
            default:
                return null;
        }
    }

    private static FormField typed(FormField field, String[] submitted) {
        if (field.widget() == FormField.Widget.MULTISELECT) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : submitted) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
            return field.with(null, values);
        }
        String value = submitted.length == 0 ? null : submitted[0];
        if (field.widget() == FormField.Widget.CHECKBOX) {
            value = value == null ? "false" : "true";
        }
        return field.with(value, value == null ? Set.of() : Set.of(value));
    }

    private void put(ObjectNode tree, FormField field, FormField typed, Class<?> type) {
        String[] path = field.name().split("\\.");
        ObjectNode parent = tree;
        JsonNode value = jsonValue(field, typed, type);
        if (value == null) {
            return;
        }
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        parent.set(path[path.length - 1], value);
    }

    private JsonNode jsonValue(FormField field, FormField typed, Class<?> type) {
        switch (field.widget()) {
            case MULTISELECT: {
                if (typed.values().isEmpty()) {
                    return null;
                }
                ArrayNode array = json.createArrayNode();
                typed.values().forEach(array::add);
                return array;
            }
            case LINES: {
                if (typed.value() == null || typed.value().isBlank()) {
                    return null;
                }
                ArrayNode array = json.createArrayNode();
                Class<?> element = elementType(type, field.name());
                for (String line : typed.value().split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (element != null && element.isRecord()) {
                        ObjectNode object = array.addObject();
                        String[] parts = line.split("\\" + LIST_SEPARATOR, -1);
                        RecordComponent[] components = element.getRecordComponents();
                        for (int i = 0; i < components.length && i < parts.length; i++) {
                            if (!parts[i].isBlank()) {
                                object.put(components[i].getName(), parts[i].trim());
                            }
                        }
                    } else {
                        array.add(line.trim());
                    }
                }
                return array;
            }
            case CHECKBOX:
                return json.getNodeFactory().booleanNode("true".equals(typed.value()));
            case JSON:
                try {
                    return typed.value() == null || typed.value().isBlank() ? null : StrictFacts.mapper().readTree(typed.value());
                } catch (IOException e) {
                    return null;
                }
            default:
                return typed.value() == null || typed.value().isBlank() ? null
                        : json.getNodeFactory().textNode(typed.value().trim());
        }
    }

    private static Class<?> elementType(Class<?> type, String path) {
        Class<?> current = type;
        RecordComponent found = null;
        for (String part : path.split("\\.")) {
            found = null;
            for (RecordComponent component : current.getRecordComponents()) {
                if (component.getName().equals(part)) {
                    found = component;
                }
            }
            if (found == null) {
                return null;
            }
            current = found.getType();
        }
        if (found != null && found.getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static String joinComponents(JsonNode object) {
        List<String> parts = new ArrayList<>();
        object.forEach(v -> parts.add(v.isNull() ? "" : v.asText()));
        return String.join(" " + LIST_SEPARATOR + " ", parts);
    }


    private static boolean required(RecordComponent component) {
        var accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class)
                || component.getType().isPrimitive() && component.getType() != boolean.class;
    }

    static boolean isState(String name) {
        return name.equals("state") || name.endsWith("State");
    }

    static boolean isStates(String name) {
        return name.equals("states") || name.endsWith("States");
    }

    static boolean isItem(String name) {
        return name.equals("itemNumber") || name.equals("agendaItem");
    }

    static boolean isSymbolReference(String name) {
        return name.equals("symbol") || name.equals("documentSymbol") || name.endsWith("DocumentSymbol") || name.equals("analysisSymbol")
                || name.equals("requestSymbol");
    }

    /** "vicePresidentsElected", "VICE_PRESIDENTS", "vice-presidents" → "Vice presidents ...". */
    public static String humanize(String name) {
        String words = name.contains("_") || name.contains("-")
                ? name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
