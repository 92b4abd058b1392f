package org.rapporteur.events.participation;

public enum ParticipantCategory {
    STATE_PARTY,
    SIGNATORY_OBSERVER,
    OTHER_STATE_OBSERVER,
    /** International organisations and institutions (the rule they attend under is the body profile's). */
    INTERNATIONAL_ORGANISATION,
    /** Other organisations, whose observer status the meeting confirms. */
    OTHER_ORGANISATION
}
