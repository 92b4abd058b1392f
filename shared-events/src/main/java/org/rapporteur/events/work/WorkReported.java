package org.rapporteur.events.work;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting considered a topic of its work (a working group, a thematic area or an issue), and who reported on it:
 * coordinating States (possibly one on behalf of all) or a person, on what activities (or on implementing which
 * obligations under which article) and which actions of the action plan;
 * what documents the reporter submitted, and who provided updates on what.
 */
@Revision("1")
public record WorkReported(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Topic topic,
        List<StateCode> coordinators,
        StateCode speakingState,
        @Valid Person reporter,
        String capacity,
        String activities,
        String obligations,
        ArticleReference article,
        @Valid ActionRange actions,
        String scope,
        List<String> submitted,
        String updatesOn,
        List<@Valid Updater> updatesBy
) implements PlenaryAction {

    /** Who provided updates: a kind of delegation, optionally qualified as the meeting worded it. */
    public record Updater(@NotNull Who who, String qualifier) {
        public enum Who { STATES_PARTIES, STATES_NOT_PARTY, INTERESTED_ORGANISATIONS, OTHER_INTERESTED_STATES_AND_ORGANISATIONS,
            STATES_NOT_PARTY_AND_OTHER_INTERESTED_ORGANISATIONS }
    }

    /**
     * A working group ("Universalization"), a thematic area ("Transparency Measures"), an issue as worded, or the
     * financial status of the assessed contributions under the article on costs (with further matters as {@code name}).
     */
    public record Topic(@NotNull Kind kind, String name) {
        public enum Kind { WORKING_GROUP, THEMATIC_AREA, ISSUE, FINANCIAL_STATUS }
    }
}
