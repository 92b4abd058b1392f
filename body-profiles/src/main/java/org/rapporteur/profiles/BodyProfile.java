package org.rapporteur.profiles;

import java.util.List;

/**
 * One body's profile: its {@code id} (the file's name, which a meeting names when it is convened), the languages
 * its report is issued in, who the body is and what it calls things, and its report's outline and wording.
 * {@code source} is where it was read from and {@code fingerprint} a digest of it and of the shipped messages, so a
 * stored report can tell it was generated from other wording.
 */
public record BodyProfile(String id, List<String> languages, Body body, ReportOutline report, String source,
                          String fingerprint, java.util.Map<String, String> tables) {

    public BodyProfile {
        languages = List.copyOf(languages);
        tables = tables == null ? java.util.Map.of() : java.util.Map.copyOf(tables);
    }

    /**
     * The text of a table of the report's wording the profile's directory gives beside the shipped ones
     * ({@code states.es.tsv}, {@code names.es.tsv}), read after them; null when it gives none.
     */
    public String table(String name) {
        return tables.get(name);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
