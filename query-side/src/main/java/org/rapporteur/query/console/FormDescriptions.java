package org.rapporteur.query.console;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The console's forms as described in {@code console/forms.yaml}: per kind of action its title, group and shortcut,
 * and per fact (by path, lists without indexes) its label, hint, placeholder, default and offers.
 */
public final class FormDescriptions {

    private static final Set<String> NOTE_KEYS = Set.of("label", "hint", "placeholder", "default", "offer", "offers",
            "choices", "more", "hidden", "widget");
    private static final Set<String> KIND_KEYS = Set.of("title", "family", "shortcut", "fields", "offeredWhenReported");

    /** How one fact is described; any part may be null (not described). */
    public record Note(String label, String hint, String placeholder, String defaultValue, String offer,
                       List<String> offers, Map<String, String> choices, boolean more, boolean hidden, String widget) {
        static final Note NONE = new Note(null, null, null, null, null, List.of(), Map.of(), false, false, null);

        /** This note, with what it leaves undescribed taken from {@code general}. */
        Note over(Note general) {
            return new Note(label != null ? label : general.label, hint != null ? hint : general.hint,
                    placeholder != null ? placeholder : general.placeholder,
                    defaultValue != null ? defaultValue : general.defaultValue, offer != null ? offer : general.offer,
                    !offers.isEmpty() ? offers : general.offers, !choices.isEmpty() ? choices : general.choices,
                    more || general.more, hidden || general.hidden, widget != null ? widget : general.widget);
        }
    }

    /** {@code offeredWhenReported}: the report fact (its public name) a body's report must state for the kind to be offered. */
    public record Kind(String name, String title, String family, String shortcut, Map<String, Note> fields,
                       String offeredWhenReported) {
    }

    private final Map<String, Note> common;
    private final Map<String, Kind> kinds;
    private final List<String> families;
    private final Map<String, String> placeholders;

    private FormDescriptions(Map<String, Note> common, Map<String, Kind> kinds, List<String> families,
                             Map<String, String> placeholders) {
        this.common = common;
        this.kinds = kinds;
        this.families = families;
        this.placeholders = placeholders;
    }

    public static FormDescriptions load() {
        try (InputStream in = FormDescriptions.class.getResourceAsStream("/console/forms.yaml")) {
            if (in == null) {
                throw new IllegalStateException("console/forms.yaml is missing");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static FormDescriptions parse(Map<String, Object> root) {
        Map<String, Note> common = notes("common", (Map<String, Object>) root.getOrDefault("common", Map.of()));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        ((Map<String, Object>) root.getOrDefault("kinds", Map.of())).forEach((name, value) -> {
            Map<String, Object> kind = value == null ? Map.of() : (Map<String, Object>) value;
            unknown("kinds." + name, kind.keySet(), KIND_KEYS);
            kinds.put(name, new Kind(name, text(kind.get("title")), text(kind.get("family")), text(kind.get("shortcut")),
                    notes("kinds." + name, (Map<String, Object>) kind.getOrDefault("fields", Map.of())),
                    text(kind.get("offeredWhenReported"))));
        });
        List<String> families = new ArrayList<>();
        ((List<Object>) root.getOrDefault("families", List.of())).forEach(f -> families.add(String.valueOf(f)));
        Map<String, String> placeholders = new LinkedHashMap<>();
        ((Map<String, Object>) root.getOrDefault("placeholders", Map.of())).forEach((k, v) -> placeholders.put(k, text(v)));
        return new FormDescriptions(common, kinds, families, placeholders);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Note> notes(String where, Map<String, Object> fields) {
        Map<String, Note> notes = new LinkedHashMap<>();
        for (Object key : fields.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalStateException("console/forms.yaml, " + where + ": the path " + key + " must be quoted");
            }
        }
        fields.forEach((path, value) -> {
            Map<String, Object> note = value == null ? Map.of() : (Map<String, Object>) value;
            unknown(where + "." + path, note.keySet(), NOTE_KEYS);
            Map<String, String> choices = new LinkedHashMap<>();
            ((Map<String, Object>) note.getOrDefault("choices", Map.of())).forEach((k, v) -> choices.put(k, text(v)));
            List<String> offers = new ArrayList<>();
            ((List<Object>) note.getOrDefault("offers", List.of())).forEach(o -> offers.add(String.valueOf(o)));
            notes.put(path, new Note(text(note.get("label")), text(note.get("hint")), text(note.get("placeholder")),
                    note.containsKey("default") ? String.valueOf(note.get("default") == null ? "" : note.get("default")) : null,
                    text(note.get("offer")), offers, choices, Boolean.TRUE.equals(note.get("more")),
                    Boolean.TRUE.equals(note.get("hidden")), text(note.get("widget"))));
        });
        return notes;
    }

    private static void unknown(String where, Set<String> keys, Set<String> known) {
        for (String key : keys) {
            if (!known.contains(key)) {
                throw new IllegalStateException("console/forms.yaml, " + where + ": unknown key '" + key + "'");
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** How {@code path} (indexes left out) of the kind is described: the kind's own note over the common one. */
    public Note note(String kind, String path) {
        Kind described = kinds.get(kind);
        Note own = described == null ? null : described.fields().get(path);
        Note general = common.getOrDefault(path, common.getOrDefault(last(path), Note.NONE));
        if (own == null) {
            return general;
        }
        return own.over(general);
    }

    private static String last(String path) {
        int dot = path.lastIndexOf('.');
        // only the last fact of a nested record shares a common note ("person.name" stays its own)
        return dot < 0 ? path : path.substring(dot + 1).equals("state") || path.substring(dot + 1).equals("states")
                ? path.substring(dot + 1) : path;
    }

    public Kind kind(String name) {
        return kinds.getOrDefault(name, new Kind(name, null, null, null, Map.of(), null));
    }

    /** The placeholders a text box offers to insert, each with its words ("{convention}": "the Convention's name"). */
    public List<FormField.Option> placeholders(List<String> tokens) {
        List<FormField.Option> offered = new ArrayList<>();
        for (String token : tokens) {
            String words = placeholders.get(token);
            if (words == null) {
                throw new IllegalStateException("console/forms.yaml: the placeholder " + token + " has no words under placeholders");
            }
            offered.add(new FormField.Option(token, words));
        }
        return offered;
    }

    public List<String> families() {
        return families;
    }
}
