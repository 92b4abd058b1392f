package org.rapporteur.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Another meeting of the same convention, such as the Thirteenth Meeting of States Parties or the Third Review Conference. */
public record MeetingRef(@NotNull Kind kind, @Positive int ordinal) {

    public enum Kind { MEETING_OF_STATES_PARTIES, REVIEW_CONFERENCE }
}
