package org.rapporteur.events;

import java.util.List;

/**
 * A value written as one plain string wherever it is stored or sent ({@link StateCode}, {@link DocumentSymbol},
 * {@link AgendaItemNumber}, {@link ArticleReference}, {@link MeetingId}): readers of facts treat it as text whose
 * form its type checks. Made from stored text it is taken as written, even in a form refused since (an old event
 * always reads); new input is held to its form by {@link #wellFormed()}, which the strict reading of facts checks.
 */
public interface Text {

    /** The value as written. */
    String text();

    /** How it is written, in the secretariat's words (for error messages and forms). */
    String form();

    /** Whether it is written in its form, as new input must be. */
    boolean wellFormed();

    /** What new input is told when it is not written in its form. */
    default String problem() {
        return "'" + text() + "' is not " + form();
    }

    /** The values as written, for readers that want the plain strings (null stays null). */
    static List<String> texts(List<? extends Text> values) {
        return values == null ? null : values.stream().map(v -> v == null ? null : v.text()).toList();
    }

    /** The value as written, or null. */
    static String text(Text value) {
        return value == null ? null : value.text();
    }

    static <T extends Text> T parsed(T value) {
        if (!value.wellFormed()) {
            throw new IllegalArgumentException(value.problem());
        }
        return value;
    }
}
