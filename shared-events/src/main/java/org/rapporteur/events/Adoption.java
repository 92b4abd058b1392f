package org.rapporteur.events;

/** How the meeting took a decision. */
public enum Adoption {
    CONSENSUS, WITHOUT_A_VOTE, VOTE, ACCLAMATION
}
