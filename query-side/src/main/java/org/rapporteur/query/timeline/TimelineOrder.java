package org.rapporteur.query.timeline;

import java.util.Comparator;

/** Order of the timeline: as things happened in the meeting, or as they were logged. */
public enum TimelineOrder {
    MEETING(Comparator.comparing(TimelineEntry::meetingOrder).thenComparingLong(TimelineEntry::sequence)),
    LOGGING(Comparator.comparingLong(TimelineEntry::sequence));

    private final Comparator<TimelineEntry> comparator;

    TimelineOrder(Comparator<TimelineEntry> comparator) {
        this.comparator = comparator;
    }

    public Comparator<TimelineEntry> comparator() {
        return comparator;
    }
}
