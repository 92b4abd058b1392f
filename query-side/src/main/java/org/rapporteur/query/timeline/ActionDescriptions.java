package org.rapporteur.query.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.EventReadings;
import org.rapporteur.query.report.wording.Ordinals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One-line human descriptions of logged actions, from the templates in {@code timeline/descriptions.properties}. */
public final class ActionDescriptions {

    /** The prefix of an office's key among the names: its English name as an ICU message of {count}. */
    public static final String OFFICE = "office:";
    private static final CountedNames OFFICE_NAMES = new CountedNames();
    private static final Pattern FACT = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([a-z]+))?}");
    private static final Map<String, Template> TEMPLATES = load();
    private static final Map<String, List<String>> VARIANTS = variants();
    /** The kinds whose descriptions read a key as the meeting named it: these depend on the meeting, not only the event. */
    private static final Set<String> NAMING = naming();

    private ActionDescriptions() {
    }

    public static String describe(MeetingEvent event) {
        return describe(event, Map.of());
    }

    /** With {@code names}: what the meeting named by a key ({key|name}: "financial-task-team" is "Financial Task Team"). */
    public static String describe(MeetingEvent event, Map<String, String> names) {
        return compose(event, EventFacts.tree(event), names);
    }

    /** An event of a history, read from its readings; described once unless its words depend on {@code names}. */
    public static String describe(MeetingEvent event, Map<String, String> names, EventReadings readings) {
        if (!names.isEmpty() && NAMING.contains(EventFacts.kind(event))) {
            return compose(event, readings.tree(event), names);
        }
        return readings.description(event, e -> compose(e, readings.tree(e), Map.of()));
    }

    private static String compose(MeetingEvent event, JsonNode facts, Map<String, String> names) {
        String kind = EventFacts.kind(event);
        Template template = template(kind, facts);
        String line = template == null ? null : template.fill(facts, names);
        String tidied = line == null ? null : tidy(line);
        return tidied == null || tidied.isEmpty() ? humanised(kind)
                : Character.toUpperCase(tidied.charAt(0)) + tidied.substring(1);
    }

    /** Each run of spaces made one, an empty list after a colon dropped, and no punctuation left dangling at the end. */
    static String tidy(String line) {
        StringBuilder text = new StringBuilder(line.length());
        boolean inSpaces = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space || !inSpaces) {
                text.append(space ? ' ' : c);
            }
            inSpaces = space;
        }
        String tidied = text.toString().replace(": ; ", ": ").strip();
        return !tidied.isEmpty() && ":;,".indexOf(tidied.charAt(tidied.length() - 1)) >= 0
                ? tidied.substring(0, tidied.length() - 1) : tidied;
    }

    /** "decision-adopted" reads "Decision adopted". */
    public static String humanised(String kind) {
        String words = kind.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Template template(String kind, JsonNode facts) {
        for (String flag : VARIANTS.getOrDefault(kind, List.of())) {
            if (facts.path(flag).asBoolean(false)) {
                return TEMPLATES.get(kind + "." + flag);
            }
        }
        return TEMPLATES.get(kind);
    }

    private static Set<String> naming() {
        Set<String> kinds = new HashSet<>();
        TEMPLATES.forEach((key, template) -> {
            if (template.readsNames()) {
                kinds.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key);
            }
        });
        return Set.copyOf(kinds);
    }

    /** Per kind, the flags that select another template ("kind.flag"), in a fixed order. */
    private static Map<String, List<String>> variants() {
        Map<String, List<String>> variants = new HashMap<>();
        for (String key : new TreeSet<>(TEMPLATES.keySet())) {
            int dot = key.indexOf('.');
            if (dot > 0) {
                variants.computeIfAbsent(key.substring(0, dot), k -> new ArrayList<>()).add(key.substring(dot + 1));
            }
        }
        return variants;
    }

    /** A template read once: text, facts, and optional parts left out when a fact inside them is missing. */
    private record Template(List<Object> parts) {

        private record Fact(String[] path, String format) {
        }

        boolean readsNames() {
            return parts.stream().anyMatch(part -> part instanceof Template optional ? optional.readsNames()
                    : part instanceof Fact fact && ("name".equals(fact.format()) || "office".equals(fact.format())));
        }

        /** Optional parts may nest: "[, chaired by [{a}][{b}]]" is left out whole when neither a nor b is there. */
        static Template parse(String text) {
            int[] at = {0};
            Template template = parse(text, at);
            if (at[0] < text.length()) {
                throw new IllegalArgumentException("unbalanced ']' in description template: " + text);
            }
            return template;
        }

        private static Template parse(String text, int[] at) {
            List<Object> parts = new ArrayList<>();
            int literal = at[0];
            while (at[0] < text.length()) {
                char c = text.charAt(at[0]);
                if (c == '[') {
                    parts.addAll(facts(text.substring(literal, at[0])));
                    at[0]++;
                    Template optional = parse(text, at);
                    if (at[0] >= text.length()) {
                        throw new IllegalArgumentException("unclosed '[' in description template: " + text);
                    }
                    parts.add(optional);
                    at[0]++;
                    literal = at[0];
                } else if (c == ']') {
                    break;
                } else {
                    at[0]++;
                }
            }
            parts.addAll(facts(text.substring(literal, at[0])));
            return new Template(List.copyOf(parts));
        }

        private static List<Object> facts(String text) {
            List<Object> parts = new ArrayList<>();
            Matcher fact = FACT.matcher(text);
            int at = 0;
            while (fact.find()) {
                parts.add(text.substring(at, fact.start()));
                parts.add(new Fact(fact.group(1).split("\\."), fact.group(2)));
                at = fact.end();
            }
            parts.add(text.substring(at));
            return parts;
        }

        /** The text with its facts filled in, or null when a fact outside an optional part is missing. */
        String fill(JsonNode facts, Map<String, String> names) {
            StringBuilder text = new StringBuilder();
            return fill(facts, names, text, new int[]{1}) ? text.toString() : null;
        }

        /** An optional part is also left out when it says nothing of its own: every part inside it was left out. */
        /** {@code said}: how many values the last fact filled in, the number an office after it agrees with. */
        private boolean fill(JsonNode facts, Map<String, String> names, StringBuilder text, int[] said) {
            boolean saidSomething = false;
            boolean hasFacts = false;
            for (Object part : parts) {
                if (part instanceof String literal) {
                    text.append(literal);
                } else if (part instanceof Template optional) {
                    hasFacts = true;
                    int length = text.length();
                    if (optional.fill(facts, names, text, said)) {
                        saidSomething = true;
                    } else {
                        text.setLength(length);
                    }
                } else {
                    hasFacts = true;
                    Fact fact = (Fact) part;
                    List<JsonNode> values = new ArrayList<>();
                    resolve(facts, fact.path(), 0, values);
                    String value = "office".equals(fact.format()) ? office(values, said[0], names)
                            : format(values, fact.format(), names);
                    if (!values.isEmpty()) {
                        said[0] = values.stream().mapToInt(v -> v.isArray() ? v.size() : 1).sum();
                    }
                    if (value == null || value.isBlank()) {
                        return false;
                    }
                    text.append(value);
                    saidSomething = true;
                }
            }
            return saidSomething || !hasFacts;
        }
    }

    private static void resolve(JsonNode node, String[] path, int at, List<JsonNode> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (at == path.length) {
            if (node.isArray() && node.size() > 0 && node.get(0).isArray()) {
                node.forEach(inner -> resolve(inner, path, at, into));
            } else {
                into.add(node);
            }
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> resolve(element, path, at, into));
        } else {
            resolve(node.get(path[at]), path, at + 1, into);
        }
    }

    /** An office by the body's name for it, in the number of its holders just named: "Vice-Presidents". */
    private static String office(List<JsonNode> values, int holders, Map<String, String> names) {
        if (values.size() != 1 || !values.get(0).isTextual()) {
            return format(values, "words", names);
        }
        String pattern = names.get(OFFICE + values.get(0).asText());
        return pattern == null ? format(values, "words", names) : OFFICE_NAMES.named(pattern, holders);
    }

    private static String format(List<JsonNode> values, String format, Map<String, String> names) {
        if ("count".equals(format)) {
            return values.size() == 1 && values.get(0).isArray() ? String.valueOf(values.get(0).size()) : String.valueOf(values.size());
        }
        List<String> words = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isArray()) {
                value.forEach(v -> addWord(v, format, names, words));
            } else {
                addWord(value, format, names, words);
            }
        }
        return words.isEmpty() ? null : joined(words);
    }

    private static void addWord(JsonNode value, String format, Map<String, String> names, List<String> words) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        String word;
        if ("ordinal".equals(format) && value.canConvertToInt()) {
            word = Ordinals.word(value.asInt());
        } else if ("name".equals(format)) {
            word = names.getOrDefault(value.asText(), value.asText());
        } else if ("language".equals(format)) {
            word = com.ibm.icu.util.ULocale.forLanguageTag(value.asText()).getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
        } else if ("words".equals(format)) {
            word = value.asText().toLowerCase(Locale.ROOT).replace('_', ' ');
        } else if ("person".equals(format) || value.isObject()) {
            String honorific = value.path("honorific").asText("");
            word = (honorific.isBlank() ? "" : honorific + " ") + value.path("name").asText("");
        } else if (value.isBigDecimal()) {
            word = value.decimalValue().toPlainString(); // 10000000, not 1E+7
        } else {
            word = value.asText();
        }
        if (!word.isBlank()) {
            words.add(word.strip());
        }
    }

    static String joined(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static Map<String, Template> load() {
        Properties templates = new Properties();
        try (InputStream in = ActionDescriptions.class.getResourceAsStream("/timeline/descriptions.properties")) {
            templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Template> parsed = new HashMap<>();
        templates.stringPropertyNames().forEach(key -> parsed.put(key, Template.parse(templates.getProperty(key))));
        return Map.copyOf(parsed);
    }
}
