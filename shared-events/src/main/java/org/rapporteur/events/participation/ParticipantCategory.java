package org.rapporteur.events.participation;

public enum ParticipantCategory {
    STATE_PARTY,
    SIGNATORY_OBSERVER,
    OTHER_STATE_OBSERVER,
    /** International organisations and institutions under rule 1.2 of the rules of procedure. */
    INTERNATIONAL_ORGANISATION,
    /** Other organisations under rule 1.3, whose observer status the meeting confirms. */
    OTHER_ORGANISATION
}
