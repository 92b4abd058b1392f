package org.rapporteur.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Keeps every meeting view up to date: the events of a batch are gathered per meeting, and when the batch commits
 * each meeting's views are folded afresh from its history; those that changed are replaced. A meeting's position (its last projected
 * sequence) is written last, so an event seen again after a restart is skipped, and a batch cut short is redone
 * with the same result.
 */
@Component
@ProcessingGroup(ProjectionConfiguration.PROCESSOR)
public class MeetingProjector implements MeetingProjection {

    /** The projection's name, under which its meetings are parked. */
    public static final String NAME = "views";

    private final ReadModelStore store;
    private final RecentHistories<Map<MeetingView, Object>> histories;
    private final List<Consumer<ProjectedAction>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong handled = new AtomicLong();
    private final MeetingBatches batches;
    private final MeetingHistoryLoader loader;

    public MeetingProjector(ReadModelStore store, MeetingHistoryLoader loader, ParkedMeetings parked,
                            @Value(RecentHistories.CAPACITY) int recentHistories) {
        this.store = store;
        this.loader = loader;
        this.histories = new RecentHistories<>(loader, recentHistories);
        this.batches = new MeetingBatches(name(), parked, this::project);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** An action whose views have just been stored. */
    public record ProjectedAction(String meetingId, TimelineEntry entry) {
    }

    public void onProjected(Consumer<ProjectedAction> listener) {
        listeners.add(listener);
    }

    /** How many events this instance has handled since it started (replays included). */
    public long handled() {
        return handled.get();
    }

    @Override
    public void forget() {
        histories.forget();
    }

    @EventHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        handled.incrementAndGet();
        batches.add(message, event);
    }

    /** Folds the meeting's views with the new events (those not projected yet) and stores them. */
    @Override
    public void project(String meetingId, List<RecordedEvent> events) {
        try {
            projectNew(meetingId, events);
        } catch (RuntimeException e) {
            histories.forget();
            throw new ProjectionFailed(meetingId, FailingEvent.find(loader, meetingId, MeetingProjector::fold), e);
        }
    }

    /** Every view and the timeline of a history, as a projection stores them. */
    static void fold(MeetingHistory history) {
        for (MeetingView view : MeetingView.values()) {
            view.fold(history);
        }
        Timeline.of(history);
    }

    /**
     * In a rebuild: the meeting's whole history, shared with the other projections, its views cleared before and
     * written by nothing else meanwhile (the processors are stopped), so no position is asked of the store.
     */
    @Override
    public void rebuild(MeetingHistory history, RebuildWrites writes) {
        String meetingId = history.meetingId();
        try {
            if (history.isEmpty()) {
                return;
            }
            Map<MeetingView, Object> views = new EnumMap<>(MeetingView.class);
            for (MeetingView view : MeetingView.values()) {
                views.put(view, view.fold(history));
            }
            List<TimelineEntry> entries = Timeline.of(history);
            ReadModelStore.rebuilt(meetingId, views, entries, history.lastSequence(), writes);
            histories.remember(meetingId, history, views);
            notifyProjected(meetingId, entries, -1);
        } catch (RuntimeException e) {
            histories.forget();
            throw new ProjectionFailed(meetingId, FailingEvent.find(loader, meetingId, MeetingProjector::fold), e);
        }
    }

    private void projectNew(String meetingId, List<RecordedEvent> events) {
        long position = store.position(meetingId);
        RecentHistories.Recent<Map<MeetingView, Object>> recent = histories.extend(meetingId, position, events);
        if (recent == null) {
            return;
        }
        storeNew(meetingId, position, recent.history(), recent.memo() == null ? Map.of() : recent.memo());
    }

    private void storeNew(String meetingId, long position, MeetingHistory history, Map<MeetingView, Object> stored) {
        long last = history.lastSequence();
        Map<MeetingView, Object> views = new EnumMap<>(MeetingView.class);
        for (MeetingView view : MeetingView.values()) {
            Object value = view.fold(history);
            views.put(view, value);
            if (!value.equals(stored.get(view))) {
                store.store(meetingId, view, value);
            }
        }
        Set<String> changed = new HashSet<>();
        for (RecordedEvent event : history.events()) {
            if (event.sequence() <= position) {
                continue;
            }
            changed.add(event.eventId());
            if (event.event() instanceof ActionCorrected correction) {
                changed.add(correction.correctedEventId());
            } else if (event.event() instanceof ActionWithdrawn withdrawal) {
                changed.add(withdrawal.withdrawnEventId());
            }
        }
        List<TimelineEntry> entries = Timeline.of(history, changed);
        store.storeTimeline(meetingId, entries, position);
        store.storePosition(meetingId, last);
        histories.remember(meetingId, history, views);
        notifyProjected(meetingId, entries, position);
    }

    private void notifyProjected(String meetingId, List<TimelineEntry> entries, long position) {
        for (TimelineEntry entry : entries) {
            if (entry.sequence() > position) {
                listeners.forEach(l -> l.accept(new ProjectedAction(meetingId, entry)));
            }
        }
    }
}
