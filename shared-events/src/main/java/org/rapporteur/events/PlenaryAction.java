package org.rapporteur.events;

/** An action the meeting takes in plenary: it can only be logged while its plenary session is open. */
public interface PlenaryAction extends MeetingEvent {
}
