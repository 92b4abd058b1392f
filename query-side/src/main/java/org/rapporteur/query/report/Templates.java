package org.rapporteur.query.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The report's wording, held in {@code report/templates.properties} so a secretariat can adjust phrasing without
 * touching code. A template is text with {@code {name}} placeholders.
 */
public final class Templates {

    private final Properties properties;
    /** Every template parsed once into literal text and placeholder names; read-only after construction. */
    private final Map<String, Template> parsed;

    private Templates(Properties properties) {
        this.properties = properties;
        Map<String, Template> templates = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (value != null) {
                templates.put(key, Template.parse(value));
            }
        }
        this.parsed = templates;
    }

    /** The templates shipped with Rapporteur. */
    public static Templates defaults() {
        return load("/report/templates.properties");
    }

    public static Templates load(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no templates at " + resource);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Templates load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new Templates(properties);
    }

    /** This set with some templates replaced. */
    public Templates with(Map<String, String> overrides) {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.putAll(overrides);
        return new Templates(copy);
    }

    public boolean has(String key) {
        return properties.containsKey(key);
    }

    public String raw(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no report template '" + key + "'");
        }
        return value;
    }

    /** The template {@code key} with its placeholders filled; a missing value leaves nothing. */
    public String fill(String key, Map<String, String> values) {
        return template(key).fill(values::get);
    }

    public static String fillText(String template, Map<String, String> values) {
        return Template.parse(template).fill(values::get);
    }

    /** The template {@code key}, parsed. */
    Template template(String key) {
        Template template = parsed.get(key);
        if (template == null) {
            raw(key);
            // a key whose value is not a string: parse what raw returned (raw throws when there is none)
            template = Template.parse(properties.getProperty(key));
        }
        return template;
    }

    /**
     * A template parsed into {@code literals[0] {names[0]} literals[1] … {names[n-1]} literals[n]}. A placeholder is
     * {@code {name}} with a name of ASCII letters, digits, {@code _} and {@code .}; any other brace is literal text.
     */
    static final class Template {
        private final String[] literals;
        private final String[] names;
        private final int literalLength;

        private Template(String[] literals, String[] names) {
            this.literals = literals;
            this.names = names;
            int length = 0;
            for (String literal : literals) {
                length += literal.length();
            }
            this.literalLength = length;
        }

        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            int open = text.indexOf('{');
            while (open >= 0) {
                int end = open + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                if (end > open + 1 && end < text.length() && text.charAt(end) == '}') {
                    literals.add(text.substring(from, open));
                    names.add(text.substring(open + 1, end));
                    from = end + 1;
                    open = text.indexOf('{', from);
                } else {
                    open = text.indexOf('{', open + 1);
                }
            }
            literals.add(text.substring(from));
            return new Template(literals.toArray(new String[0]), names.toArray(new String[0]));
        }

        private static boolean isNameChar(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
        }

        /** Filled with {@code values}; a missing (null) value leaves nothing. */
        String fill(Function<String, String> values) {
            if (names.length == 0) {
                return literals[0];
            }
            StringBuilder out = new StringBuilder(literalLength + 16 * names.length);
            for (int k = 0; k < names.length; k++) {
                out.append(literals[k]);
                String value = values.apply(names[k]);
                if (value != null) {
                    out.append(value);
                }
            }
            return out.append(literals[names.length]).toString();
        }

        /**
         * Filled from name/value {@code pairs} (the last pair naming a placeholder wins, even with a null value,
         * which leaves nothing), then from {@code defaults}.
         */
        String fill(String[] pairs, Map<String, String> defaults) {
            if (names.length == 0) {
                return literals[0];
            }
            int paired = pairs.length - pairs.length % 2;
            StringBuilder out = new StringBuilder(literalLength + 16 * names.length);
            for (int k = 0; k < names.length; k++) {
                out.append(literals[k]);
                String name = names[k];
                String value = null;
                boolean found = false;
                for (int p = paired - 2; p >= 0; p -= 2) {
                    if (name.equals(pairs[p])) {
                        value = pairs[p + 1];
                        found = true;
                        break;
                    }
                }
                if (!found && defaults != null) {
                    value = defaults.get(name);
                }
                if (value != null) {
                    out.append(value);
                }
            }
            return out.append(literals[names.length]).toString();
        }
    }
}
