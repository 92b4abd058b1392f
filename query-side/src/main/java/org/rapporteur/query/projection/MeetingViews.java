package org.rapporteur.query.projection;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.history.UnknownMeetingException;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * A meeting's views: live from the read models, or as of a point by folding its stream with the same functions.
 * Live views answer for the meeting's last event, as the report does: while the projection has not reached it yet
 * (a server that has just started and is catching up, a batch being stored), they are folded from the stream. A
 * meeting parked for the views keeps what was stored for it until it is retried.
 */
@Service
public class MeetingViews {

    private final ReadModelStore store;
    private final MeetingHistoryLoader loader;
    private final EventStore eventStore;
    private final ParkedMeetings parked;

    public MeetingViews(ReadModelStore store, MeetingHistoryLoader loader, EventStore eventStore, ParkedMeetings parked) {
        this.store = store;
        this.loader = loader;
        this.eventStore = eventStore;
        this.parked = parked;
    }

    public <T> T view(String meetingId, MeetingView view, Class<T> type, AsOf asOf) {
        if (asOf == null && stored(meetingId)) {
            return store.view(meetingId, view, type).orElseThrow(() -> new UnknownMeetingException(meetingId));
        }
        return type.cast(view.fold(history(meetingId, asOf)));
    }

    /** The meeting's timeline in logging order. */
    public List<TimelineEntry> timeline(String meetingId, AsOf asOf) {
        if (asOf == null && stored(meetingId)) {
            List<TimelineEntry> entries = store.timelineAfter(meetingId, -1);
            if (entries.isEmpty()) {
                throw new UnknownMeetingException(meetingId);
            }
            return entries;
        }
        return Timeline.of(history(meetingId, asOf));
    }

    /** Whether the stored views are those to give: they cover the meeting's last event, or the meeting is parked. */
    private boolean stored(String meetingId) {
        long position = store.position(meetingId);
        return (position >= 0 && position >= eventStore.lastSequenceNumberFor(meetingId).orElse(-1L))
                || parked.isParked(MeetingProjector.NAME, meetingId);
    }

    private MeetingHistory history(String meetingId, AsOf asOf) {
        MeetingHistory history = loader.load(meetingId);
        if (history.isEmpty()) {
            throw new UnknownMeetingException(meetingId);
        }
        return asOf == null ? history : asOf.cut(history);
    }
}
