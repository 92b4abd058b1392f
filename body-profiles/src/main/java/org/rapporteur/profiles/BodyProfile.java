package org.rapporteur.profiles;

import java.util.List;

/**
 * One body's profile: its {@code id} (the file's name, which a meeting names when it is convened), the languages
 * its report is issued in, who the body is and what it calls things, and its report's outline and wording.
 * {@code source} is where it was read from and {@code fingerprint} a digest of it and of the shipped messages, so a
 * stored report can tell it was generated from other wording.
 */
public record BodyProfile(String id, List<String> languages, Body body, ReportOutline report, String source,
                          String fingerprint) {

    public BodyProfile {
        languages = List.copyOf(languages);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
