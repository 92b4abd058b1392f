package org.rapporteur.events.decisions;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.OptionalAgendaItem;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * A vote on a proposal ({@code on}: a draft decision's number or symbol, an amendment), with its counts and, for a
 * recorded or roll-call vote, the States in favour, against and abstaining: the counts equal the lists. A secret
 * ballot gives counts only. {@code result}: whether the proposal was adopted or rejected.
 */
@Revision("1")
public record VoteRecorded(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String on,
        AgendaItemNumber itemNumber,
        @NotNull Method method,
        @PositiveOrZero int inFavourCount,
        @PositiveOrZero int againstCount,
        @PositiveOrZero int abstainingCount,
        List<StateCode> inFavour,
        List<StateCode> against,
        List<StateCode> abstaining,
        @PositiveOrZero Integer requiredMajority,
        @NotNull Result result
) implements PlenaryAction, OptionalAgendaItem {

    public enum Method { RECORDED, ROLL_CALL, SHOW_OF_HANDS, SECRET_BALLOT }

    public enum Result { ADOPTED, REJECTED }
}
