package org.rapporteur.standalone;

import org.rapporteur.profiles.BodyProfiles;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The report's language and the body profiles it is worded from. */
final class LanguageOptions {

    @Option(names = "--lang", paramLabel = "LANG", description = "a language of the body's profile: en, fr … (default: its first)")
    String lang;

    @Option(names = "--profiles", paramLabel = "DIR", description = "a directory of body profiles beside the shipped ones")
    Path profiles;

    /** Before any profile is read: the generator and the rules read the directory from the system property. */
    void apply() {
        if (profiles != null) {
            System.setProperty(BodyProfiles.DIRECTORY_PROPERTY, profiles.toString());
        }
        if (lang != null && lang.isBlank()) {
            lang = null;
        }
    }
}
