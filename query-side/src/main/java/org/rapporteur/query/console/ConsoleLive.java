package org.rapporteur.query.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.annotation.SourceId;
import org.rapporteur.events.MeetingEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open console pages that a meeting changed: a Server-Sent Event {@code recorded} (id = the event's
 * sequence number) per event, read from the store by its own streaming processor, so it works on either side.
 */
@Component
@ConditionalOnWebApplication
@ProcessingGroup(ConsoleLive.PROCESSOR)
public class ConsoleLive implements SmartLifecycle {

    public static final String PROCESSOR = "console-live";

    private final Map<String, List<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends open streams first, so that the web server's graceful shutdown does not wait for them. */
    @Override
    public void stop() {
        running = false;
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

    @EventHandler
    void on(MeetingEvent event, @SourceId String meetingId, @SequenceNumber long sequence) {
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

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class Processor {
        /** Only what is recorded from now on matters to open pages. */
        @Bean
        ConfigurerModule consoleLiveProcessor() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerPooledStreamingEventProcessor(PROCESSOR, org.axonframework.config.Configuration::eventStore,
                            (config, builder) -> builder.initialSegmentCount(1)
                                    .initialToken(StreamableMessageSource::createHeadToken)));
        }
    }
}
