package org.rapporteur.query.report.compose;

import com.ibm.icu.util.ULocale;
import org.rapporteur.profiles.BodyProfile;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article each State's name takes in a language's running text, read from {@code wording/states.<lang>.tsv}
 * (code, then m, f, l, p or none, then a name where ICU has none); "none" for a language without such a table or a State not in it.
 */
final class StateArticles {

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException none) {
                // a code with no alpha-3 form
            }
        }
    }

    private StateArticles() {
    }

    private static final String NAME = "name:";

    /** The State's name in {@code language} where the table gives one (ICU has none for the European Union, or not the UN's). */
    static String name(String language, BodyProfile profile, String code) {
        return table(language, profile).get(NAME + code);
    }

    private static Map<String, String> table(String language, BodyProfile profile) {
        return BY_LANGUAGE.computeIfAbsent(WordingTables.key(language, profile), k -> read(language, profile));
    }

    /** The State's name in {@code language}: the table's (the United Nations' where ICU's differs), else ICU's, else {@code otherwise}. */
    static String nameIn(String language, BodyProfile profile, String code, String otherwise) {
        String own = name(language, profile, code);
        if (own != null) {
            return own;
        }
        if (code == null) {
            return otherwise;
        }
        String name = ICU_NAMES.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, k -> icuName(language, k));
        return name.isEmpty() ? otherwise : name;
    }

    /** ICU's names of States by language, looked up once each ("" where ICU has none). */
    private static final Map<String, Map<String, String>> ICU_NAMES = new ConcurrentHashMap<>();

    private static String icuName(String language, String code) {
        String a2 = ALPHA2.get(code);
        if (a2 == null) {
            return "";
        }
        String name = new ULocale("", a2).getDisplayCountry(ULocale.forLanguageTag(language));
        return name.isBlank() || name.equals(a2) ? "" : name;
    }

    /** Whether {@code text} begins with a vowel, accents aside ("Équipe", "Øystein"): where a language elides. */
    static boolean startsWithVowel(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String first = Normalizer.normalize(text.substring(0, text.offsetByCodePoints(0, 1)), Normalizer.Form.NFD);
        char base = Character.toLowerCase(first.charAt(0));
        return "aeiouyøæœ".indexOf(base) >= 0;
    }

    static String of(String language, BodyProfile profile, String code) {
        return table(language, profile).getOrDefault(code, "none");
    }

    private static Map<String, String> read(String language, BodyProfile profile) {
        Map<String, String> articles = new HashMap<>();
        for (WordingTables.Row row : WordingTables.rows("states." + language + ".tsv", profile)) {
            String[] cells = row.cells();
            if (cells.length >= 2) {
                articles.put(cells[0], cells[1]);
                if (cells.length == 3) {
                    articles.put(NAME + cells[0], cells[2]);
                }
            }
        }
        return articles;
    }
}
