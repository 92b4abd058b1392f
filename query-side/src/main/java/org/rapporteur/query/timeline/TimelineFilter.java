package org.rapporteur.query.timeline;

/** Which entries to show; a null criterion admits every entry. */
public record TimelineFilter(String kind, Integer plenarySession, String agendaItem, String state) {

    public static final TimelineFilter ALL = new TimelineFilter(null, null, null, null);

    public boolean admits(TimelineEntry entry) {
        return (kind == null || kind.equals(entry.kind()))
                && (plenarySession == null || plenarySession.equals(entry.plenarySession()))
                && (agendaItem == null || agendaItem.equals(entry.agendaItem()))
                && (state == null || entry.states().contains(state));
    }
}
