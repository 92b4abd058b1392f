package org.rapporteur.events;

/**
 * A fact logged about one meeting. The meeting id is the aggregate identifier of the event message;
 * who logged it and when are in the message metadata and timestamp.
 */
public interface MeetingEvent {

    /** When it happened in the meeting. */
    MeetingMoment moment();
}
