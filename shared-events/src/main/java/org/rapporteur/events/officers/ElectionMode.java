package org.rapporteur.events.officers;

/** How officers or members were chosen. */
public enum ElectionMode {
    ACCLAMATION, VOTE, SECRET_BALLOT, SELECTION
}
