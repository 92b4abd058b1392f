package org.rapporteur.query.projection;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;

import java.util.List;
import java.util.function.Consumer;

/** The first event of a meeting whose history, up to it, a fold fails on (the history's folds are pure). */
final class FailingEvent {

    private FailingEvent() {
    }

    /** Null when the stream cannot be read at all, or every prefix folds (the failure was elsewhere). */
    static RecordedEvent find(MeetingHistoryLoader loader, String meetingId, Consumer<MeetingHistory> fold) {
        MeetingHistory history;
        try {
            history = loader.load(meetingId);
        } catch (RuntimeException e) {
            return null;
        }
        List<RecordedEvent> events = history.events();
        if (events.isEmpty() || folds(fold, history)) {
            return null;
        }
        // the smallest prefix that fails: every shorter one folds
        int low = 0;
        int high = events.size() - 1;
        while (low < high) {
            int middle = (low + high) / 2;
            if (folds(fold, history.upToSequence(events.get(middle).sequence()))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return events.get(low);
    }

    private static boolean folds(Consumer<MeetingHistory> fold, MeetingHistory history) {
        try {
            fold.accept(history);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
