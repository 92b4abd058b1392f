package org.rapporteur.query.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A meeting's ordered events. Every view of the meeting is a pure function of one of these. What several views
 * derive from it (the effective actions, the meeting context) is derived once per history, and a history extended by
 * later events derives them from those of the history it extends.
 */
public final class MeetingHistory {

    private final String meetingId;
    private final List<RecordedEvent> events;
    private volatile List<EffectiveAction> effectiveActions;
    private volatile MeetingContext context;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();
    private final EventReadings readings;
    /** What an earlier history of the meeting had derived, and its length, until this one has derived its own. */
    private volatile Earlier earlier;

    private record Earlier(int size, List<EffectiveAction> actions, MeetingContext context) {
    }

    public MeetingHistory(String meetingId, List<RecordedEvent> events) {
        this(meetingId, List.copyOf(events), null, new EventReadings());
    }

    private MeetingHistory(String meetingId, List<RecordedEvent> events, Earlier earlier, EventReadings readings) {
        this.meetingId = meetingId;
        this.events = events;
        this.earlier = earlier;
        this.readings = readings;
    }

    public String meetingId() {
        return meetingId;
    }

    public List<RecordedEvent> events() {
        return events;
    }

    /** The history with more events at its end. */
    public MeetingHistory extendedBy(List<RecordedEvent> later) {
        List<RecordedEvent> all = new ArrayList<>(events.size() + later.size());
        all.addAll(events);
        all.addAll(later);
        List<EffectiveAction> actions = effectiveActions;
        // not derived yet: what this history would have derived from is handed on
        return new MeetingHistory(meetingId, Collections.unmodifiableList(all),
                actions != null ? new Earlier(events.size(), actions, context) : earlier, readings);
    }

    /** What is read of each of its events, shared with the histories made from this one. */
    public EventReadings readings() {
        return readings;
    }

    public MeetingContext context() {
        MeetingContext derived = context;
        if (derived == null) {
            Earlier from = earlier;
            if (from != null && from.context() != null) {
                derived = from.context().extendedBy(later(from), from.actions(), effectiveActions());
            }
            if (derived == null) {
                derived = MeetingContext.derive(this);
            }
            context = derived;
            earlier = null;
        }
        return derived;
    }

    private List<RecordedEvent> later(Earlier from) {
        return events.subList(from.size(), events.size());
    }

    /** What a view derives from this history, derived once per history (other views build on it). */
    public <T> T derived(Class<T> view, Function<MeetingHistory, T> fold) {
        Object value = derived.get(view);
        if (value == null) {
            value = fold.apply(this);
            derived.putIfAbsent(view, value);
        }
        return view.cast(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingHistory history && history.meetingId.equals(meetingId) && history.events.equals(events);
    }

    @Override
    public int hashCode() {
        return meetingId.hashCode() * 31 + events.hashCode();
    }

    @Override
    public String toString() {
        return "MeetingHistory[" + meetingId + ", " + events.size() + " events]";
    }

    /** The history as it stood after the event at {@code sequence}. */
    public MeetingHistory upToSequence(long sequence) {
        return upTo(e -> e.sequence() <= sequence);
    }

    /** The history as it stood at a logging instant. */
    public MeetingHistory upToLoggedAt(Instant instant) {
        return upTo(e -> !e.loggedAt().isAfter(instant));
    }

    /**
     * The history as it stood at a moment of the meeting clock: every event that happened at or before it,
     * in logging order (an event logged without a time counts at the time of the event logged before it that day).
     */
    public MeetingHistory upToMeetingTime(LocalDateTime meetingTime) {
        MeetingContext context = context();
        return new MeetingHistory(meetingId, events.stream()
                .filter(e -> !context.meetingTime(e.eventId()).isAfter(meetingTime))
                .toList(), null, readings);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The sequence number of the last event, or -1 for an empty history. */
    public long lastSequence() {
        return events.isEmpty() ? -1 : events.get(events.size() - 1).sequence();
    }

    private MeetingHistory upTo(Predicate<RecordedEvent> included) {
        List<RecordedEvent> kept = new ArrayList<>();
        for (RecordedEvent event : events) {
            if (!included.test(event)) {
                break;
            }
            kept.add(event);
        }
        return new MeetingHistory(meetingId, List.copyOf(kept), null, readings);
    }

    /** Actions in logging order, with corrections applied and withdrawn actions left out. */
    public List<EffectiveAction> effectiveActions() {
        List<EffectiveAction> derived = effectiveActions;
        if (derived == null) {
            Earlier from = earlier;
            derived = from != null ? EffectiveActions.extend(from.actions(), later(from)) : EffectiveActions.of(events);
            effectiveActions = derived;
            if (context != null) {
                earlier = null;
            }
        }
        return derived;
    }
}
