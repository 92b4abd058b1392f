package org.rapporteur.command.meeting;

import java.util.Optional;
import java.util.Set;

/** The bodies whose meetings can be recorded, by the id of their profile. */
public interface BodyDirectory {

    Optional<BodyFacts> body(String profile);

    Set<String> profiles();
}
