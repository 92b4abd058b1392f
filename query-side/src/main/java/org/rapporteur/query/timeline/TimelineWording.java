package org.rapporteur.query.timeline;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The timeline's words around the actions' descriptions ("Corrected: ... (was: ...)"), from
 * {@code timeline/wording.properties} and its translations ({@code wording_fr.properties}); English when a language
 * has none.
 */
public final class TimelineWording {

    private static final String NONE = "none";
    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** Each pattern read once per language (a correction's line parsed its pattern anew each time); a format is not shared between threads. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private TimelineWording() {
    }

    /** A correction: what the action now says, what it said before (null if unknown), and why. */
    public static String corrected(Locale language, String after, String before, String reason) {
        return format(language, "corrected", Map.of("after", after, "before", before == null ? NONE : before,
                "reason", reason == null ? "" : reason));
    }

    /** A withdrawal: what the action said (null if unknown), and why. */
    public static String withdrawn(Locale language, String before, String reason) {
        return format(language, "withdrawn", Map.of("before", before == null ? NONE : before,
                "reason", reason == null ? "" : reason));
    }

    private static String format(Locale language, String key, Map<String, Object> arguments) {
        MessageFormat format = FORMATS.computeIfAbsent(language.toLanguageTag() + "/" + key, k -> new MessageFormat(
                wording(language).getProperty(key, wording(Locale.ENGLISH).getProperty(key)), ULocale.forLocale(language)));
        synchronized (format) {
            return format.format(arguments);
        }
    }

    private static Properties wording(Locale language) {
        String file = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "wording" : "wording_" + language.getLanguage();
        return BY_LANGUAGE.computeIfAbsent(file, TimelineWording::load);
    }

    private static Properties load(String file) {
        Properties wording = new Properties();
        try (InputStream in = TimelineWording.class.getResourceAsStream("/timeline/" + file + ".properties")) {
            if (in != null) {
                wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wording;
    }
}
