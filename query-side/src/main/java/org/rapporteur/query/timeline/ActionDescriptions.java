package org.rapporteur.query.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.text.Ordinals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One-line human descriptions of logged actions, from the templates in {@code timeline/descriptions.properties}. */
public final class ActionDescriptions {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern FACT = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([a-z]+))?}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:;,]$");
    private static final Properties TEMPLATES = load();
    private static final Map<String, List<String>> VARIANTS = variants();
    private static final Cache<MeetingEvent, String> DESCRIPTIONS = Caffeine.newBuilder().weakKeys().build();

    private ActionDescriptions() {
    }

    public static String describe(MeetingEvent event) {
        return DESCRIPTIONS.get(event, ActionDescriptions::compose);
    }

    private static String compose(MeetingEvent event) {
        String kind = EventFacts.kind(event);
        JsonNode facts = EventFacts.tree(event);
        String template = template(kind, facts);
        if (template == null) {
            return humanised(kind);
        }
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder text = new StringBuilder();
        while (optional.find()) {
            String part = fill(optional.group(1), facts);
            optional.appendReplacement(text, Matcher.quoteReplacement(part == null ? "" : part));
        }
        optional.appendTail(text);
        String line = fill(text.toString(), facts);
        return line == null ? humanised(kind)
                : TRAILING_PUNCTUATION.matcher(SPACES.matcher(line).replaceAll(" ").replace(": ; ", ": ").strip()).replaceAll("");
    }

    /** "decision-adopted" reads "Decision adopted". */
    public static String humanised(String kind) {
        String words = kind.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String template(String kind, JsonNode facts) {
        for (String flag : VARIANTS.getOrDefault(kind, List.of())) {
            if (facts.path(flag).asBoolean(false)) {
                return TEMPLATES.getProperty(kind + "." + flag);
            }
        }
        return TEMPLATES.getProperty(kind);
    }

    /** Per kind, the flags that select another template ("kind.flag"), in a fixed order. */
    private static Map<String, List<String>> variants() {
        Map<String, List<String>> variants = new HashMap<>();
        for (String key : new TreeSet<>(TEMPLATES.stringPropertyNames())) {
            int dot = key.indexOf('.');
            if (dot > 0) {
                variants.computeIfAbsent(key.substring(0, dot), k -> new ArrayList<>()).add(key.substring(dot + 1));
            }
        }
        return variants;
    }

    /** The template with its facts filled in, or null when a fact is missing. */
    private static String fill(String template, JsonNode facts) {
        Matcher fact = FACT.matcher(template);
        StringBuilder text = new StringBuilder();
        while (fact.find()) {
            List<JsonNode> values = new ArrayList<>();
            resolve(facts, fact.group(1).split("\\."), 0, values);
            String value = format(values, fact.group(2));
            if (value == null || value.isBlank()) {
                return null;
            }
            fact.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        fact.appendTail(text);
        return text.toString();
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

    private static String format(List<JsonNode> values, String format) {
        if ("count".equals(format)) {
            return values.size() == 1 && values.get(0).isArray() ? String.valueOf(values.get(0).size()) : String.valueOf(values.size());
        }
        List<String> words = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isArray()) {
                value.forEach(v -> addWord(v, format, words));
            } else {
                addWord(value, format, words);
            }
        }
        return words.isEmpty() ? null : joined(words);
    }

    private static void addWord(JsonNode value, String format, List<String> words) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        String word;
        if ("ordinal".equals(format) && value.canConvertToInt()) {
            word = Ordinals.word(value.asInt());
        } else if ("words".equals(format)) {
            word = value.asText().toLowerCase(Locale.ROOT).replace('_', ' ');
        } else if ("person".equals(format) || value.isObject()) {
            String honorific = value.path("honorific").asText("");
            word = (honorific.isBlank() ? "" : honorific + " ") + value.path("name").asText("");
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

    private static Properties load() {
        Properties templates = new Properties();
        try (InputStream in = ActionDescriptions.class.getResourceAsStream("/timeline/descriptions.properties")) {
            templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }
}
