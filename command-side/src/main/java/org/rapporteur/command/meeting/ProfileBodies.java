package org.rapporteur.command.meeting;

import org.rapporteur.events.SessionRef;
import org.rapporteur.profiles.Body;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.BodyProfiles;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The bodies of the deployment's profiles (shipped, and in the profiles directory), as the rules see them. */
public final class ProfileBodies implements BodyDirectory {

    private final BodyProfiles profiles;

    public ProfileBodies(BodyProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<BodyFacts> body(String profile) {
        return profiles.byId(profile).map(ProfileBodies::facts);
    }

    @Override
    public Set<String> profiles() {
        return profiles.ids();
    }

    static BodyFacts facts(BodyProfile profile) {
        Body body = profile.body();
        Set<String> sessions = new HashSet<>(body.otherSessions().keySet());
        sessions.add(SessionRef.REGULAR);
        return new BodyFacts(profile.id(), body.offices().keySet(), body.regionalGroups().keySet(),
                body.participationCategories().keySet(), sessions, profile.languages(), body.standingBodies().keySet());
    }
}
