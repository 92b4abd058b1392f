package org.rapporteur.standalone;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The report's language and the body profiles it is worded from. */
final class LanguageOptions {

    @Option(names = "--lang", paramLabel = "LANG", description = "a language of the body's profile: en, fr … (default: its first)")
    String lang;

    @Mixin
    ProfilesOption profiles;

    /** Before any profile is read. */
    void apply() {
        profiles.apply();
        if (lang != null && lang.isBlank()) {
            lang = null;
        }
    }
}
