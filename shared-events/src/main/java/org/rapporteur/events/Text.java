package org.rapporteur.events;

/**
 * A value written as one plain string wherever it is stored or sent ({@link StateCode}, {@link DocumentSymbol},
 * {@link AgendaItemNumber}, {@link ArticleReference}, {@link MeetingId}): readers of facts treat it as text whose
 * form its type checks.
 */
public interface Text {

    /** The value as written. */
    String text();

    /** How it is written, in the secretariat's words (for error messages and forms). */
    String form();
}
