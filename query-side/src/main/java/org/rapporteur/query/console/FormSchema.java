package org.rapporteur.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.rapporteur.events.Text;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.facts.FactFields;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of a kind of action's form, from its event record and its description: which widget each fact gets
 * (pickers for States, documents and persons, lists of rows for nested facts), and the form built blank (with
 * defaults), or filled from facts already logged or as submitted.
 */
final class FormSchema {

    /** The token standing for a row's index in the blank row of a list, by depth of lists. */
    static String token(int depth) {
        return "__i" + depth + "__";
    }

    /** One fact of a record: how it is named, described and shown. */
    record Fact(String name, Class<?> raw, Type generic, FormField.Widget widget, boolean required,
                FormDescriptions.Note note, List<FormField.Option> options, boolean closedOptions) {
        Class<?> element() {
            return generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element ? element : String.class;
        }
    }

    private final FormDescriptions descriptions;

    FormSchema(FormDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** The facts of {@code type} as the form of {@code kind} asks for them ({@code path}: where the record sits). */
    List<Fact> facts(String kind, Class<?> type, String path, FormContext context) {
        List<Fact> facts = new ArrayList<>();
        for (FactFields.Fact known : FactFields.of(type)) {
            RecordComponent component = known.component();
            Class<?> raw = component.getType();
            if (MeetingEvent.class.isAssignableFrom(raw)) {
                continue;
            }
            String factPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
            FormDescriptions.Note note = descriptions.note(kind, factPath);
            if (type == org.rapporteur.events.SessionRef.class && note.label() == null) {
                note = new FormDescriptions.Note(component.getName().equals("kind") ? "Kind of session" : "Number",
                        null, component.getName().equals("ordinal") ? "such as 43" : null, null, null, List.of(),
                        Map.of(), false, false, null).over(note);
            }
            if (note.hidden()) {
                continue;
            }
            facts.add(fact(component, note, context));
        }
        return facts;
    }

    private Fact fact(RecordComponent component, FormDescriptions.Note note, FormContext context) {
        Class<?> raw = component.getType();
        Type generic = component.getGenericType();
        String name = component.getName();
        boolean required = required(component);
        if (List.class.isAssignableFrom(raw)) {
            Class<?> element = generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                    ? c : String.class;
            if (group(element)) {
                return new Fact(name, raw, generic, FormField.Widget.LIST, required, note, List.of(), false);
            }
            if (element.isEnum()) {
                return new Fact(name, raw, generic, FormField.Widget.MANY, required, note, choices(element, note), true);
            }
            String offer = offer(component, note);
            if (offer != null && (element == String.class || Text.class.isAssignableFrom(element))) {
                return new Fact(name, raw, generic, FormField.Widget.MANY, required, note, context.offers(offer),
                        offer.equals("states"));
            }
            return new Fact(name, raw, generic, FormField.Widget.LINES, required, note, List.of(), false);
        }
        if (group(raw)) {
            return new Fact(name, raw, generic, FormField.Widget.GROUP, required, note, List.of(), false);
        }
        if (raw.isEnum()) {
            return new Fact(name, raw, generic, FormField.Widget.SELECT, required, note, choices(raw, note), true);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new Fact(name, raw, generic, FormField.Widget.CHECKBOX, false, note, List.of(), false);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return new Fact(name, raw, generic, FormField.Widget.NUMBER, required, note, List.of(), false);
        }
        if (raw == LocalDate.class) {
            return new Fact(name, raw, generic, FormField.Widget.DATE, required, note, List.of(), false);
        }
        if (raw == LocalTime.class) {
            return new Fact(name, raw, generic, FormField.Widget.TIME, required, note, List.of(), false);
        }
        String offer = offer(component, note);
        if ("items".equals(offer)) {
            return new Fact(name, raw, generic, FormField.Widget.SELECT, required, note, context.items(), true);
        }
        if (offer != null && CLOSED_TERMS.contains(offer)) {
            List<FormField.Option> terms = context.offers(offer);
            if (!terms.isEmpty()) {
                return new Fact(name, raw, generic, FormField.Widget.SELECT, required, note, terms, true);
            }
            return new Fact(name, raw, generic, FormField.Widget.TEXT, required, note, List.of(), false);
        }
        if (offer != null && !offer.isEmpty()) {
            return new Fact(name, raw, generic, FormField.Widget.ONE, required, note, context.offers(offer), offer.equals("states"));
        }
        FormField.Widget widget = "longtext".equals(note.widget()) ? FormField.Widget.LONGTEXT : FormField.Widget.TEXT;
        return new Fact(name, raw, generic, widget, required, note, List.of(), false);
    }

    /** A record asked fact by fact; a value written as one string (a State's code, a symbol) is asked as text. */
    private static boolean group(Class<?> type) {
        return type.isRecord() && !Text.class.isAssignableFrom(type);
    }

    /** The body's terms a fact is one of, whatever the kind: its offices, regional groups, categories, sessions. */
    private static final java.util.Set<String> CLOSED_TERMS = java.util.Set.of(BodyTerms.OFFICES, BodyTerms.REGIONS,
            BodyTerms.CATEGORIES, BodyTerms.SESSIONS, BodyTerms.PROFILES);

    private static String offer(RecordComponent component, FormDescriptions.Note note) {
        if (note.offer() != null) {
            return note.offer();
        }
        String name = component.getName();
        if (component.getType() == String.class) {
            if (component.getDeclaringRecord() == org.rapporteur.events.SessionRef.class && name.equals("kind")) {
                return BodyTerms.SESSIONS;
            }
            switch (name) {
                case "office" -> { return BodyTerms.OFFICES; }
                case "region" -> { return BodyTerms.REGIONS; }
                case "category" -> { return BodyTerms.CATEGORIES; }
                default -> { }
            }
        }
        return name.equals("state") || name.endsWith("State") || name.equals("states") || name.endsWith("States")
                ? "states" : null;
    }

    private static List<FormField.Option> choices(Class<?> enumeration, FormDescriptions.Note note) {
        List<FormField.Option> options = new ArrayList<>();
        for (Object constant : enumeration.getEnumConstants()) {
            String value = ((Enum<?>) constant).name();
            options.add(new FormField.Option(value, note.choices().getOrDefault(value, words(value))));
        }
        return options;
    }

    /** The form of a record: blank with defaults ({@code data} null), or filled with {@code data}. */
    List<FormField> fields(String kind, Class<?> type, String path, String prefix, int depth, JsonNode data,
                           boolean defaults, FormContext context) {
        List<FormField> fields = new ArrayList<>();
        for (Fact fact : facts(kind, type, path, context)) {
            String factPath = path.isEmpty() ? fact.name() : path + "." + fact.name();
            String name = prefix.isEmpty() ? fact.name() : prefix + "." + fact.name();
            JsonNode value = data == null ? null : data.get(fact.name());
            fields.add(field(kind, fact, factPath, name, depth, value, defaults && data == null, context));
        }
        return fields;
    }

    private FormField field(String kind, Fact fact, String path, String name, int depth, JsonNode value,
                            boolean defaults, FormContext context) {
        FormDescriptions.Note note = fact.note();
        FormField field = FormField.input(name, note.label() != null ? note.label() : words(fact.name()), fact.widget(),
                fact.options(), fact.required());
        field = field.described(field.label(), note.hint(), note.placeholder(), descriptions.placeholders(note.offers()),
                note.more(), fact.options());
        boolean blank = value == null || value.isNull() || value.isMissingNode();
        switch (fact.widget()) {
            case GROUP -> {
                List<FormField> children = fields(kind, fact.raw(), path, name, depth, blank ? null : value,
                        defaults, context);
                return field.withChildren(children);
            }
            case LIST -> {
                Class<?> element = fact.element();
                List<List<FormField>> rows = new ArrayList<>();
                if (!blank) {
                    for (int i = 0; i < value.size(); i++) {
                        rows.add(fields(kind, element, path, name + "[" + i + "]", depth + 1, value.get(i), false, context));
                    }
                }
                if (rows.isEmpty() && fact.required()) {
                    rows.add(fields(kind, element, path, name + "[0]", depth + 1, null, defaults, context));
                }
                return field.withRows(rows).withBlank(
                        fields(kind, element, path, name + "[" + token(depth) + "]", depth + 1, null, defaults, context));
            }
            case MANY -> {
                List<String> values = new ArrayList<>();
                if (!blank) {
                    value.forEach(v -> values.add(v.asText()));
                }
                return field.withValues(values);
            }
            case LINES -> {
                List<String> lines = new ArrayList<>();
                if (!blank) {
                    value.forEach(v -> lines.add(v.asText()));
                }
                return field.withValue(String.join("\n", lines));
            }
            case ONE -> {
                String text = blank ? defaults ? context.defaultValue(note.defaultValue(), kind) : null : value.asText();
                return field.withValue(text == null ? null : field.labelOf(text));
            }
            default -> {
                String text = blank ? defaults ? context.defaultValue(note.defaultValue(), kind) : null
                        : value.isNumber() || value.isBoolean() || value.isTextual() ? value.asText() : value.toString();
                if (fact.widget() == FormField.Widget.SELECT && text != null
                        && fact.options().stream().noneMatch(o -> o.value().equals(text))) {
                    // a value logged before the body's terms changed stays choosable when correcting
                    List<FormField.Option> options = new ArrayList<>(fact.options());
                    options.add(new FormField.Option(text, text));
                    field = field.described(field.label(), field.hint(), field.placeholder(), field.offers(),
                            field.advanced(), options);
                }
                return field.withValue(text);
            }
        }
    }

    static boolean required(RecordComponent component) {
        return FactFields.required(component) || component.getType().isPrimitive() && component.getType() != boolean.class;
    }

    /** "vicePresidentsElected", "VICE_PRESIDENTS", "vice-presidents" → "Vice presidents ...". */
    static String words(String name) {
        String words = name.contains("_") || name.contains("-")
                ? name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
