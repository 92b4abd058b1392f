package org.rapporteur.standalone;

import org.rapporteur.profiles.BodyProfiles;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The body profiles beside the shipped ones: the report's wording and the names a timeline gives a body's own terms. */
final class ProfilesOption {

    @Option(names = "--profiles", paramLabel = "DIR", description = "a directory of body profiles beside the shipped ones")
    Path profiles;

    /** Before any profile is read: the generator, the timeline and the rules read the directory from the system property. */
    void apply() {
        if (profiles != null) {
            System.setProperty(BodyProfiles.DIRECTORY_PROPERTY, profiles.toString());
        }
    }
}
