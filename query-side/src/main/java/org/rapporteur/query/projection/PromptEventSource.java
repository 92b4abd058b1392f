package org.rapporteur.query.projection;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The event store as the projection processor reads it, with one difference: its streams accept an availability
 * callback. A pooled processor whose stream refuses one (the embedded event store's do) looks for new events only
 * every 500 ms; this source instead prompts it every few milliseconds to peek at the stream, which costs an
 * in-memory check, so an event reaches the read models a few milliseconds after the store has it.
 */
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private static final ScheduledExecutorService PROMPTER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-prompter");
        thread.setDaemon(true);
        return thread;
    });

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final long promptMillis;

    public PromptEventSource(StreamableMessageSource<TrackedEventMessage<?>> store, Duration prompt) {
        this.store = store;
        this.promptMillis = Math.max(1, prompt.toMillis());
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new PromptedStream(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private final class PromptedStream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile ScheduledFuture<?> prompting;

        PromptedStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            ScheduledFuture<?> previous = prompting;
            if (previous != null) {
                previous.cancel(false);
            }
            prompting = PROMPTER.scheduleWithFixedDelay(() -> {
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    // the processor may be stopping; the next prompt tries again
                }
            }, promptMillis, promptMillis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return stream.asStream();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            stream.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public void close() {
            ScheduledFuture<?> current = prompting;
            if (current != null) {
                current.cancel(false);
            }
            stream.close();
        }
    }
}
