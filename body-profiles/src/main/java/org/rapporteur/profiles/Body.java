package org.rapporteur.profiles;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Who meets and what they call things: the body's kind, its name and acronym, what its members and its sessions
 * are called (and its other series of sessions, such as review conferences), what the report calls the meeting
 * after naming it ({@code referredToAs}: "the Conference", "the Panel"; "the Meeting" when absent), its offices, regional groups,
 * participation categories (each with the rule it attends under) and the scheme of its document symbols.
 */
public record Body(
        @JsonProperty(required = true) BodyKind kind,
        @JsonProperty(required = true) Localized name,
        String acronym,
        @JsonProperty(required = true) Localized members,
        @JsonProperty(required = true) Localized session,
        Localized referredToAs,
        Map<String, Localized> otherSessions,
        Map<String, Localized> offices,
        Map<String, Localized> regionalGroups,
        Map<String, ParticipationCategory> participationCategories,
        Map<String, String> standingBodies,
        String symbols) {

    public Body {
        otherSessions = otherSessions == null ? Map.of() : Map.copyOf(otherSessions);
        offices = offices == null ? Map.of() : Map.copyOf(offices);
        regionalGroups = regionalGroups == null ? Map.of() : Map.copyOf(regionalGroups);
        standingBodies = standingBodies == null ? Map.of() : Map.copyOf(standingBodies);
        // in the profile's order: the list of participants is set out by category in that order
        participationCategories = participationCategories == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(participationCategories));
    }
}
