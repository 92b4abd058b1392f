package org.rapporteur.events.decisions;

/**
 * One operative clause: the verb (as data) and its object as the meeting worded it. {@code text} may cite the
 * sentence's States as {@code {states}}, one State as {@code {state:CHE}} or {@code {short:LAO}}, and its notes as
 * {@code {fn:1}}. {@code connector} replaces the default ", " / " and " before the clause.
 */
public record Clause(Verb verb, Tense tense, String text, String connector) {
}
