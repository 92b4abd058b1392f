package org.rapporteur.events.statements;

/** What a statement was, as the record classes it. */
public enum StatementKind {
    OPENING, GENERAL_DEBATE, UNDER_ITEM, RIGHT_OF_REPLY, EXPLANATION_OF_VOTE, EXPLANATION_OF_POSITION,
    POINT_OF_ORDER, CLOSING,
    /** In the high-level (ministerial) segment of a Conference of the Parties. */
    HIGH_LEVEL_SEGMENT
}
