package org.rapporteur.query.report.facts;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.history.EffectiveAction;

import java.util.List;

/**
 * Something that happened at the meeting, as the report states it: the kind of fact, the action as it stands,
 * the agenda item under consideration then, and its place in the meeting's order.
 */
public record Occurrence(ReportFact kind, EffectiveAction action, AgendaItemNumber item, int position) {

    public MeetingEvent facts() {
        return action.facts();
    }

    public MeetingMoment moment() {
        return action.facts().moment();
    }

    public Integer session() {
        return moment() == null ? null : moment().plenarySession();
    }

    public List<String> eventIds() {
        return action.eventIds();
    }
}
