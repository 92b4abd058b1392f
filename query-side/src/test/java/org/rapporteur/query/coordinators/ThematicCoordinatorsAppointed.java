package org.rapporteur.query.coordinators;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

import java.util.List;

/** A coordinators action naming areas and their States, without terms. */
record ThematicCoordinatorsAppointed(MeetingMoment moment, List<Area> areas) implements MeetingEvent {

    record Area(String name, List<String> states) {
    }
}
