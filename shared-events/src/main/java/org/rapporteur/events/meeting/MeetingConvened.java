package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

import java.time.LocalDate;

/**
 * The meeting was convened: which session of which body ({@code profile}: the id of the body's profile, such as
 * {@code ccm}, which names its offices, regional groups and participation categories), where, when, under which
 * mandate. {@code ordinal} is 12 for the Twelfth Meeting; {@code meetingKind} is the session's name as the body
 * calls it; {@code symbolPrefix} prefixes its documents (CCM/MSP/2024). {@code convention}: the treaty, for a
 * treaty body. Revision 2 added the profile (events of revision 1 are the CCM's, see {@link MeetingUpcasters}).
 */
@Revision("2")
public record MeetingConvened(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String profile,
        @Valid Convention convention,
        @Positive int ordinal,
        @NotBlank String meetingKind,
        @NotNull @Valid Venue venue,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank String symbolPrefix,
        @Valid Mandate mandate,
        @Valid PriorDecision scheduledBy,
        @Valid ConveningResolution convenedUnder
) implements MeetingEvent {

    /** The treaty: its name, acronym, the article providing for meetings, and its current action plan. */
    public record Convention(@NotBlank String name, String acronym, String meetingsArticle, String actionPlan) {
    }

    public record Venue(@NotBlank String city, String country) {
    }

    /** The standing decision to convene such meetings (for example by a Review Conference). */
    public record Mandate(@NotBlank String body, String bodySessions, String frequency, String until,
                          String maximumDuration, @Valid DocumentReference reference) {
    }

    /** The earlier meeting that fixed this meeting's dates and venue. */
    public record PriorDecision(@NotBlank String body, String bodySessions, @Valid DocumentReference reference) {
    }

    /** The General Assembly resolution under which the Secretary-General convenes the meeting. */
    public record ConveningResolution(@NotBlank String resolution, String paragraph, String mandatingConference) {
    }
}
