package org.rapporteur.events;

/** A decision on a request: the meeting only decides on a request once it has been presented ({@link RequestPresentation}). */
public interface RequestDecision {

    /** The key of the request decided on, as its {@link RequestPresentation} gives it. */
    String requestKey();
}
