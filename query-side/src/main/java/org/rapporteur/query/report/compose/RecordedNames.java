package org.rapporteur.query.report.compose;

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
    static Named of(String language, org.rapporteur.profiles.BodyProfile profile, String recorded) {
        if (recorded == null) {
            return null;
        }
        Map<String, Named> names = BY_LANGUAGE.computeIfAbsent(WordingTables.key(language, profile), k -> read(language, profile));
        Named own = names.get(profile.id() + ":" + recorded.trim());
        return own != null ? own : names.get(recorded.trim());
    }

    /** The article message {@code body.article} gives a body's name no table knows, from its first and last words. */
    static String articleOfUnknown(org.rapporteur.query.report.wording.Phrasing say, String name) {
        String[] words = name.strip().split("\\s+");
        boolean numbered = words.length > 1 && words[words.length - 1].matches("[IVXLC]+|\\d+[A-Za-z]?");
        return say.say("body.article", "first", words[0].toLowerCase(java.util.Locale.ROOT), "numbered", numbered ? "yes" : "no",
                "vowel", StateArticles.startsWithVowel(name));
    }

    private static Map<String, Named> read(String language, org.rapporteur.profiles.BodyProfile profile) {
        Map<String, Named> names = new HashMap<>();
        for (WordingTables.Row row : WordingTables.rows("names." + language + ".tsv", profile)) {
            String[] cells = row.cells();
            if (cells.length < 4 || !cells[2].matches("[mf]")) {
                throw new IllegalStateException(row.file() + ":" + row.line()
                        + ": a name needs its article, gender (m or f) and name, tab-separated");
            }
            names.put(cells[0].trim(), new Named(cells[3].trim(), cells[1].trim(),
                    cells[2].equals("f") ? "feminine" : "masculine", cells.length > 4 ? cells[4].trim() : null));
        }
        return names;
    }
}
