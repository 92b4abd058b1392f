package org.rapporteur.command.meeting;

import org.rapporteur.profiles.BodyProfiles;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The shipped profiles, and a made-up Conference of the Parties ({@code test-cop}) for the rules' tests. */
final class TestBodies implements BodyDirectory {

    static final BodyFacts COP = new BodyFacts("test-cop",
            Set.of("president", "vice-president", "rapporteur", "chair-of-the-committee-of-the-whole"),
            Set.of("african", "asia-pacific", "eastern-european", "latin-american-and-caribbean", "western-european-and-others"),
            Set.of("parties", "observer-states", "organisations"),
            Set.of("session", "extraordinary-session"), java.util.List.of("en", "fr", "es"),
            Set.of("open-ended-working-group"));

    private final ProfileBodies shipped = new ProfileBodies(BodyProfiles.load(Optional.empty()));

    @Override
    public Optional<BodyFacts> body(String profile) {
        return COP.profile().equals(profile) ? Optional.of(COP) : shipped.body(profile);
    }

    @Override
    public Set<String> profiles() {
        Set<String> all = new TreeSet<>(shipped.profiles());
        all.add(COP.profile());
        return all;
    }
}
