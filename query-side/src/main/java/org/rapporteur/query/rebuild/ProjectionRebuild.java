package org.rapporteur.query.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ParkedMeetings;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.ReadModelStore;
import org.rapporteur.query.projection.RebuildWrites;
import org.rapporteur.query.report.drafts.ReportStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.in;

/**
 * Rebuilds every read model from the event store: stops the projection processors, clears the read-model
 * collections and deletes the processors' tokens, then starts them again.
 * <p>
 * Axon's resetTokens() is not used: with Mongo tokens it misdetects the replay (extension-mongo#498). Nor do the
 * processors replay the store themselves: each fetch asks for {@code timestamp >= t and eventIdentifier not in (every
 * event seen in the look-back)}, one batch at a time, and the look-back list grows with the rate events were written.
 * Instead each meeting's stream is read in one query and handed whole to every {@link MeetingProjection}
 * (so each view is folded and stored once per meeting), several meetings at a time; the processors then start from a head token
 * taken before the scan, and what they see again is skipped, as every projection is idempotent. A meeting a
 * projection fails on is parked ({@link ParkedMeetings}) and the rebuild goes on with every other meeting.
 */
@Component
public class ProjectionRebuild implements DisposableBean {

    static final String TOKENS = "trackingtokens";
    static final String EVENTS = "domainevents";
    private static final int MEETINGS_PER_WRITE = 10;


    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final MongoDatabase database;
    private final StoredStreams streams;
    private final List<MeetingProjection> projections;
    private final ReadModelStore readModels;
    private final ParkedMeetings parked;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Run run;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                             @Qualifier("defaultAxonObjectMapper") ObjectMapper eventJson, MongoDatabase rapporteurDatabase,
                             List<MeetingProjection> projections, ReadModelStore readModels, ParkedMeetings parked) {
        this.parked = parked;
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.database = rapporteurDatabase;
        this.streams = new StoredStreams(rapporteurDatabase.getCollection(EVENTS), eventJson);
        this.projections = projections;
        this.readModels = readModels;
    }

    /** Starts a rebuild unless one is running; returns its progress. */
    public synchronized RebuildProgress start() {
        if (run != null && !run.progress().finished()) {
            return run.progress();
        }
        Run started = new Run(clock.instant(), streams.count());
        run = started;
        runner.execute(() -> rebuild(started));
        return started.progress();
    }

    public RebuildProgress progress() {
        Run current = run;
        return current == null ? RebuildProgress.IDLE : current.progress();
    }

    /** Waits until the current rebuild has finished, or the time is up; returns its progress. */
    public RebuildProgress await(Duration atMost) throws InterruptedException {
        Instant deadline = clock.instant().plus(atMost);
        while (!progress().finished() && clock.instant().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return progress();
    }

    /** A rebuild that fails still restarts the processors, from where it began, so that live projection goes on. */
    private void rebuild(Run current) {
        List<PooledStreamingEventProcessor> processors = ProjectionConfiguration.processors().stream().map(this::processor).toList();
        TrackingToken head = null;
        String failure = null;
        try {
            processors.forEach(PooledStreamingEventProcessor::shutDown);
            // dropped, not emptied: deleting document by document took a tenth of a rebuild on the embedded store
            for (String collection : collections()) {
                database.getCollection(collection).drop();
            }
            readModels.ensureIndexes();
            projections.forEach(MeetingProjection::forget);
            parked.clear();
            database.getCollection(TOKENS).deleteMany(in("processorName", ProjectionConfiguration.processors()));
            head = eventStore.createHeadToken();
            replay(current);
        } catch (Exception e) {
            failure = e instanceof ExecutionException ? e.getCause().toString() : e.toString();
        }
        try {
            for (PooledStreamingEventProcessor processor : processors) {
                if (head != null) {
                    tokenStore.initializeTokenSegments(processor.getName(), ProjectionConfiguration.SEGMENTS, head);
                }
                processor.start();
            }
        } catch (RuntimeException e) {
            failure = failure != null ? failure : e.toString();
        }
        current.finish(clock.instant(), failure);
    }

    private static List<String> collections() {
        List<String> collections = new ArrayList<>(ReadModelStore.collections());
        collections.add(ReportStore.COLLECTION);
        return collections;
    }

    /**
     * Hands each meeting's stream to every projection: the streams are read one meeting at a time, and
     * a thread per core deserializes and projects them, two meetings per thread ahead at most.
     */
    private void replay(Run current) throws Exception {
        int replayers = Runtime.getRuntime().availableProcessors();
        Semaphore ahead = new Semaphore(2 * replayers);
        ExecutorService pool = Executors.newFixedThreadPool(replayers, r -> {
            Thread thread = new Thread(r, "projection-rebuild-replay");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> replays = new ArrayList<>();
        RebuildWrites writes = new RebuildWrites(database, MEETINGS_PER_WRITE);
        try {
            streams.forEachMeeting((meetingId, stored) -> {
                ahead.acquireUninterruptibly();
                replays.add(pool.submit(() -> {
                    try {
                        List<RecordedEvent> stream;
                        try {
                            stream = streams.events(stored);
                        } catch (RuntimeException e) {
                            // an event that cannot be read: every projection stops at this meeting
                            projections.forEach(projection -> parked.park(projection.name(), meetingId, List.of(), e));
                            return null;
                        }
                        MeetingHistory history = new MeetingHistory(meetingId, stream);
                        for (MeetingProjection projection : projections) {
                            try {
                                projection.rebuild(history, writes);
                            } catch (RuntimeException e) {
                                parked.park(projection.name(), meetingId, stream, e);
                            }
                        }
                        writes.meetingDone();
                        current.replayed.addAndGet(stream.size());
                        return null;
                    } finally {
                        ahead.release();
                    }
                }));
            });
            for (Future<?> replay : replays) {
                replay.get();
            }
            writes.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private PooledStreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + name));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private final class Run {
        final Instant startedAt;
        final long total;
        final AtomicLong replayed = new AtomicLong();
        volatile Instant finishedAt;
        volatile String error;

        Run(Instant startedAt, long total) {
            this.startedAt = startedAt;
            this.total = total;
        }

        void finish(Instant at, String failure) {
            error = failure;
            finishedAt = at;
        }

        RebuildProgress progress() {
            Instant end = finishedAt;
            long shown = Math.min(replayed.get(), total);
            double seconds = Duration.between(startedAt, end != null ? end : clock.instant()).toNanos() / 1e9;
            RebuildProgress.State state = end == null ? RebuildProgress.State.RUNNING
                    : error == null ? RebuildProgress.State.DONE : RebuildProgress.State.FAILED;
            return new RebuildProgress(state, shown, total, total == 0 ? 100 : 100.0 * shown / total,
                    seconds <= 0 ? 0 : shown / seconds, startedAt, end, error);
        }
    }
}
