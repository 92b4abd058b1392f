package org.rapporteur.query.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's wording, held in {@code report/templates.properties} so a secretariat can adjust phrasing without
 * touching code. A template is text with {@code {name}} placeholders.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final Properties properties;

    private Templates(Properties properties) {
        this.properties = properties;
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
        return fillText(raw(key), values);
    }

    public static String fillText(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
