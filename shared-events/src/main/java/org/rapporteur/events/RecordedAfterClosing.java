package org.rapporteur.events;

/**
 * An action still recorded once the meeting has closed: a correction or withdrawal of what was logged, and the
 * renderings of its texts in the body's other languages (a report is translated after the meeting).
 */
public interface RecordedAfterClosing extends MeetingEvent {
}
