package org.rapporteur.events.decisions;

public enum Tense { PAST, PRESENT }
