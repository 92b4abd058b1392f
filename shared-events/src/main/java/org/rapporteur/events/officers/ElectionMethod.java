package org.rapporteur.events.officers;

public enum ElectionMethod { ACCLAMATION, VOTE }
