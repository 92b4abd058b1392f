package org.rapporteur.events.officers;

public enum SecretariatRole {
    SECRETARY_OF_THE_MEETING,
    /** Took part in the work of the meeting, such as the head of an implementation support unit. */
    PARTICIPANT_IN_THE_WORK
}
