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
 * The article each State's name takes in a language's running text, read from {@code wording/states.<lang>.tsv}
 * (code, then m, f, l, p or none, then a name where ICU has none); "none" for a language without such a table or a State not in it.
 */
final class StateArticles {

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private StateArticles() {
    }

    private static final String NAME = "name:";

    /** The State's name in {@code language} where the table gives one (ICU has none for the European Union, or not the UN's). */
    static String name(String language, String code) {
        return BY_LANGUAGE.computeIfAbsent(language, StateArticles::read).get(NAME + code);
    }

    static String of(String language, String code) {
        return BY_LANGUAGE.computeIfAbsent(language, StateArticles::read).getOrDefault(code, "none");
    }

    private static Map<String, String> read(String language) {
        Map<String, String> articles = new HashMap<>();
        try (InputStream in = StateArticles.class.getResourceAsStream("/wording/states." + language + ".tsv")) {
            if (in == null) {
                return articles;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length >= 2) {
                    articles.put(cells[0], cells[1]);
                    if (cells.length == 3) {
                        articles.put(NAME + cells[0], cells[2]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
