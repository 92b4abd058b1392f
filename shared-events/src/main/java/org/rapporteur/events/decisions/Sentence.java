package org.rapporteur.events.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.rapporteur.events.Note;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * One sentence of a decision: an optional lead ("In keeping with ..."), its subject (the Meeting unless worded
 * otherwise), an adverb ("also", "further"), and clauses joined as the meeting adopted them.
 */
public record Sentence(String lead, String subject, String adverb, @NotEmpty List<@Valid Clause> clauses,
                       List<StateCode> states, List<@Valid Note> notes) {
}
