package org.rapporteur.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.projection.MeetingProjector;
import org.rapporteur.query.projection.ReadModelStore;
import org.rapporteur.query.timeline.TimelineEntry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes each action to the meeting's subscribers as soon as its views are stored, as server-sent events whose id is
 * the action's sequence number. A subscriber that names the last id it saw first receives what it missed, from the
 * stored timeline, then the live actions; it never receives an id twice or out of order.
 */
@Component
public class LiveFeed implements DisposableBean {

    public static final String EVENT_NAME = "action";

    private final ReadModelStore store;
    private final ObjectMapper json;
    /** Subscribers are spread over a few sending threads, each keeping its subscribers' order. */
    private static final int LANES = 4;

    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final AtomicInteger nextLane = new AtomicInteger();

    public LiveFeed(ReadModelStore store, MeetingProjector projector) {
        this.store = store;
        this.json = EventJson.mapper();
        for (int i = 0; i < LANES; i++) {
            String name = "live-feed-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, name);
                thread.setDaemon(true);
                return thread;
            });
        }
        projector.onProjected(action -> deliver(action.meetingId(), action.entry()));
    }

    /** Subscribes to a meeting from after {@code lastEventId} (null: from now on). */
    public SseEmitter subscribe(String meetingId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        long from = lastEventId != null ? lastEventId : store.position(meetingId);
        Subscriber subscriber = new Subscriber(emitter, from, Math.floorMod(nextLane.getAndIncrement(), LANES));
        Set<Subscriber> meeting = subscribers.computeIfAbsent(meetingId, id -> ConcurrentHashMap.newKeySet());
        meeting.add(subscriber);
        emitter.onCompletion(() -> meeting.remove(subscriber));
        emitter.onTimeout(() -> meeting.remove(subscriber));
        emitter.onError(e -> meeting.remove(subscriber));
        subscriber.greet();
        for (TimelineEntry missed : store.timelineAfter(meetingId, from)) {
            subscriber.send(Outgoing.of(missed.sequence(), toJson(missed)));
        }
        subscriber.caughtUp();
        return emitter;
    }

    public int subscriberCount(String meetingId) {
        Set<Subscriber> meeting = subscribers.get(meetingId);
        return meeting == null ? 0 : meeting.size();
    }

    private void deliver(String meetingId, TimelineEntry entry) {
        Set<Subscriber> meeting = subscribers.get(meetingId);
        if (meeting == null || meeting.isEmpty()) {
            return;
        }
        Outgoing outgoing = Outgoing.of(entry.sequence(), toJson(entry));
        for (int lane = 0; lane < LANES; lane++) {
            int mine = lane;
            lanes[lane].execute(() -> meeting.forEach(subscriber -> {
                if (subscriber.lane == mine) {
                    subscriber.offer(outgoing);
                }
            }));
        }
    }

    private String toJson(TimelineEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entry framed once, as a whole server-sent event, for all its subscribers. */
    private record Outgoing(long sequence, Set<ResponseBodyEmitter.DataWithMediaType> frame) {

        static Outgoing of(long sequence, String json) {
            String text = "id:" + sequence + "\nevent:" + EVENT_NAME + "\ndata:" + json + "\n\n";
            return new Outgoing(sequence, Set.of(new ResponseBodyEmitter.DataWithMediaType(text, MediaType.TEXT_PLAIN)));
        }
    }

    @Override
    public void destroy() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    /** Ends every stream when the application closes, so that the web server need not wait for them. */
    @EventListener(ContextClosedEvent.class)
    public void endStreams() {
        subscribers.values().forEach(set -> set.forEach(Subscriber::end));
        subscribers.clear();
    }

    private static final class Subscriber {
        private final SseEmitter emitter;
        private final int lane;
        private final Deque<Outgoing> waiting = new ArrayDeque<>();
        private long lastSent;
        private boolean catchingUp = true;

        Subscriber(SseEmitter emitter, long lastSent, int lane) {
            this.emitter = emitter;
            this.lastSent = lastSent;
            this.lane = lane;
        }

        /** A comment first, so that the response starts at once. */
        synchronized void greet() {
            try {
                emitter.send(SseEmitter.event().comment("subscribed"));
            } catch (IOException | IllegalStateException e) {
                close(e);
            }
        }

        synchronized void offer(Outgoing entry) {
            if (catchingUp) {
                waiting.add(entry);
            } else {
                send(entry);
            }
        }

        synchronized void caughtUp() {
            while (!waiting.isEmpty()) {
                send(waiting.poll());
            }
            catchingUp = false;
        }

        synchronized void send(Outgoing entry) {
            if (entry.sequence() <= lastSent) {
                return;
            }
            try {
                emitter.send(entry.frame());
                lastSent = entry.sequence();
            } catch (IOException | IllegalStateException e) {
                close(e);
            }
        }

        synchronized void end() {
            lastSent = Long.MAX_VALUE;
            try {
                emitter.complete();
            } catch (RuntimeException alreadyClosed) {
                // the container has already ended the response
            }
        }

        /** The client has gone: nothing more is sent to it. */
        private void close(Exception cause) {
            lastSent = Long.MAX_VALUE;
            try {
                emitter.completeWithError(cause);
            } catch (RuntimeException alreadyClosed) {
                // the container has already ended the response
            }
        }
    }
}
