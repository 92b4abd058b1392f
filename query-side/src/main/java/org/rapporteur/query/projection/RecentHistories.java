package org.rapporteur.query.projection;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The histories of the meetings a projection handled last, each with what the projection remembers of it: a batch's
 * events extend the history in memory when they follow on from what was projected, else it is read from the store.
 */
public final class RecentHistories<M> {

    /** How many meetings are kept by default: those being logged now (a rebuild would otherwise keep every meeting's events alive). */
    public static final String CAPACITY = "${rapporteur.projection.recent-histories:16}";

    /** A history and what its projection derived from it (null when nothing is remembered). */
    public record Recent<M>(MeetingHistory history, M memo) {
    }

    private final MeetingHistoryLoader loader;
    private final Map<String, Recent<M>> recent;

    /** With a capacity of 0 nothing is kept: every batch reads the meeting's history from the store. */
    public RecentHistories(MeetingHistoryLoader loader, int capacity) {
        this.loader = loader;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Recent<M>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The meeting's history up to the last of {@code events} (in order), with the memo of the history it extends when
     * that is exactly what was projected; null when none of them comes after {@code projectedUpTo}.
     */
    public Recent<M> extend(String meetingId, long projectedUpTo, List<RecordedEvent> events) {
        List<RecordedEvent> fresh = events.stream().filter(e -> e.sequence() > projectedUpTo).toList();
        if (fresh.isEmpty()) {
            return null;
        }
        long first = fresh.get(0).sequence();
        long last = fresh.get(fresh.size() - 1).sequence();
        if (first == projectedUpTo + 1 && last - first == fresh.size() - 1) {
            Recent<M> cached;
            synchronized (recent) {
                cached = recent.get(meetingId);
            }
            if (cached != null && cached.history().lastSequence() == projectedUpTo) {
                return new Recent<>(cached.history().extendedBy(fresh), cached.memo());
            }
            if (projectedUpTo == -1) {
                return new Recent<>(new MeetingHistory(meetingId, fresh), null);
            }
        }
        return new Recent<>(loader.load(meetingId).upToSequence(last), null);
    }

    public void remember(String meetingId, MeetingHistory history, M memo) {
        synchronized (recent) {
            recent.put(meetingId, new Recent<>(history, memo));
        }
    }

    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }
}
