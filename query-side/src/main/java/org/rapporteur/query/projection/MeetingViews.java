package org.rapporteur.query.projection;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.history.UnknownMeetingException;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.springframework.stereotype.Service;

import java.util.List;

/** A meeting's views: live from the read models, or as of a point by folding its stream with the same functions. */
@Service
public class MeetingViews {

    private final ReadModelStore store;
    private final MeetingHistoryLoader loader;

    public MeetingViews(ReadModelStore store, MeetingHistoryLoader loader) {
        this.store = store;
        this.loader = loader;
    }

    public <T> T view(String meetingId, MeetingView view, Class<T> type, AsOf asOf) {
        if (asOf == null) {
            return store.view(meetingId, view, type).orElseThrow(() -> new UnknownMeetingException(meetingId));
        }
        return type.cast(view.fold(history(meetingId, asOf)));
    }

    /** The meeting's timeline in logging order. */
    public List<TimelineEntry> timeline(String meetingId, AsOf asOf) {
        if (asOf == null) {
            List<TimelineEntry> entries = store.timelineAfter(meetingId, -1);
            if (entries.isEmpty()) {
                throw new UnknownMeetingException(meetingId);
            }
            return entries;
        }
        return Timeline.of(history(meetingId, asOf));
    }

    private MeetingHistory history(String meetingId, AsOf asOf) {
        MeetingHistory history = loader.load(meetingId);
        if (history.isEmpty()) {
            throw new UnknownMeetingException(meetingId);
        }
        return asOf.cut(history);
    }
}
