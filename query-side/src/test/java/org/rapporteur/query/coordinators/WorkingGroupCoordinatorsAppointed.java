package org.rapporteur.query.coordinators;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

import java.util.List;

/** A coordinators action of the shape the vocabulary gives them: groups of seats, each with a term until a meeting. */
record WorkingGroupCoordinatorsAppointed(MeetingMoment moment, List<Group> groups) implements MeetingEvent {

    record Group(String name, List<Seat> seats) {
    }

    record Seat(String state, Term term) {
    }

    record Term(Until until) {
    }

    record Until(String kind, int ordinal) {
    }
}
