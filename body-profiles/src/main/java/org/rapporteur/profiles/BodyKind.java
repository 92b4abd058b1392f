package org.rapporteur.profiles;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of body meets: its public name is what a profile's {@code body.kind} says. */
public enum BodyKind {
    MEETING_OF_STATES_PARTIES("meeting-of-states-parties"),
    CONFERENCE_OF_STATES_PARTIES("conference-of-states-parties"),
    REVIEW_CONFERENCE("review-conference"),
    CONFERENCE_OF_THE_PARTIES("conference-of-the-parties"),
    MEETING_OF_HIGH_CONTRACTING_PARTIES("meeting-of-high-contracting-parties"),
    PLENARY("plenary"),
    COMMITTEE("committee");

    private final String publicName;

    BodyKind(String publicName) {
        this.publicName = publicName;
    }

    @JsonValue
    public String publicName() {
        return publicName;
    }
}
