package org.rapporteur.query.report.compose;

import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.Set;

/**
 * Writes the paragraphs of some kinds of fact. A standing fact (the mandate, the participants) is what the meeting
 * as a whole says, written once where the outline places it; an occurrence is written in meeting order.
 */
public interface Composer {

    Set<ReportFact> reports();

    /** Writes what the meeting as a whole says about {@code fact}; nothing for a fact that only occurs. */
    default void standing(ReportFact fact, Context c) {
    }

    /** Writes {@code o} (and whatever an aggregation rule tells with it, marked {@link Context#tell told}). */
    default void occurred(Occurrence o, Context c) {
    }

    /** Whether {@code fact} is written once for the meeting rather than per occurrence. */
    default boolean isStanding(ReportFact fact) {
        return false;
    }
}
