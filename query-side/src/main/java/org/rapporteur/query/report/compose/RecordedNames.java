package org.rapporteur.query.report.compose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bodies and organisations recorded in English as another language names them, read from
 * {@code wording/names.<lang>.tsv}: the name as recorded (or {@code profile:name} for one body's own), the article
 * in running text (m, f, l, p, none), the gender (m, f), the name and an acronym.
 */
final class RecordedNames {

    /** A name in the language, with the article and gender its running text needs; acronym null when it has none of its own. */
    record Named(String name, String article, String gender, String acronym) {
    }

    private static final Map<String, Map<String, Named>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private RecordedNames() {
    }

    /** {@code recorded} as {@code language} names it for body {@code profile}; null when the table has no such name. */
    static Named of(String language, String profile, String recorded) {
        if (recorded == null) {
            return null;
        }
        Map<String, Named> names = BY_LANGUAGE.computeIfAbsent(language, RecordedNames::read);
        Named own = names.get(profile + ":" + recorded.trim());
        return own != null ? own : names.get(recorded.trim());
    }

    private static Map<String, Named> read(String language) {
        Map<String, Named> names = new HashMap<>();
        try (InputStream in = RecordedNames.class.getResourceAsStream("/wording/names." + language + ".tsv")) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 4 || !cells[2].matches("[mf]")) {
                    throw new IllegalStateException("wording/names." + language + ".tsv:" + number
                            + ": a name needs its article, gender (m or f) and name, tab-separated");
                }
                names.put(cells[0].trim(), new Named(cells[3].trim(), cells[1].trim(),
                        cells[2].equals("f") ? "feminine" : "masculine", cells.length > 4 ? cells[4].trim() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
