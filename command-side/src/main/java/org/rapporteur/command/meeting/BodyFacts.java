package org.rapporteur.command.meeting;

import java.util.List;
import java.util.Set;

/**
 * What the meeting's rules need to know of the body a meeting belongs to, from the profile named when it was
 * convened: the keys of its offices, regional groups and participation categories, and the kinds of session it
 * holds ({@code session} for its regular one, and its other sessions' keys), and the languages it reports in (the
 * first is the one its meetings are recorded in).
 */
public record BodyFacts(String profile, Set<String> offices, Set<String> regionalGroups,
                        Set<String> participationCategories, Set<String> sessionKinds, List<String> languages,
                        Set<String> standingBodies) {

    public BodyFacts {
        offices = Set.copyOf(offices);
        regionalGroups = Set.copyOf(regionalGroups);
        participationCategories = Set.copyOf(participationCategories);
        sessionKinds = Set.copyOf(sessionKinds);
        languages = List.copyOf(languages);
        standingBodies = Set.copyOf(standingBodies);
    }
}
