package org.rapporteur.query.console;

import org.rapporteur.query.projection.MeetingProjector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Tells open console pages that a meeting changed: a Server-Sent Event {@code recorded} (id = the event's
 * sequence number of the latest action) once the read models have projected a change. Sent from a thread of its
 * own, so that a slow page never holds up the projection.
 */
@Component
@ConditionalOnWebApplication
public class ConsoleLive implements SmartLifecycle {

    private final Map<String, List<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "console-live");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    /** The latest sequence number per meeting not yet told: a burst (a rebuild, a scenario) is told once. */
    private final Map<String, Long> untold = new ConcurrentHashMap<>();

    public ConsoleLive(MeetingProjector projector) {
        projector.onProjected(action -> {
            if (running && watchers.containsKey(action.meetingId())
                    && untold.put(action.meetingId(), action.entry().sequence()) == null) {
                try {
                    sender.execute(() -> changed(action.meetingId(), untold.remove(action.meetingId())));
                } catch (RejectedExecutionException stopped) {
                    untold.remove(action.meetingId());
                }
            }
        });
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends open streams first, so that the web server's graceful shutdown does not wait for them. */
    @Override
    public void stop() {
        running = false;
        sender.shutdownNow();
        watchers.values().forEach(list -> list.forEach(SseEmitter::complete));
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    public SseEmitter watch(String meetingId) {
        SseEmitter emitter = new SseEmitter(0L);
        List<SseEmitter> list = watchers.computeIfAbsent(meetingId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> list.remove(emitter));
        emitter.onError(e -> list.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("watching " + meetingId));
        } catch (IOException e) {
            list.remove(emitter);
        }
        return emitter;
    }

    private void changed(String meetingId, long sequence) {
        List<SseEmitter> list = watchers.get(meetingId);
        if (list == null) {
            return;
        }
        for (SseEmitter emitter : list) {
            try {
                emitter.send(SseEmitter.event().name("recorded").id(String.valueOf(sequence)).data(sequence));
            } catch (IOException | IllegalStateException e) {
                list.remove(emitter);
            }
        }
    }
}
