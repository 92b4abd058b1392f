package org.rapporteur.query.rebuild;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.bson.Document;
import org.rapporteur.query.projection.MeetingProjector;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.mongodb.client.model.Filters.eq;

/**
 * Rebuilds every read model from the event store: stops the projection processor, clears the read-model
 * collections, deletes the processor's tokens and starts it again, so that it projects the whole store afresh.
 * (Axon's resetTokens() is not used: with Mongo tokens it misdetects the replay, extension-mongo#498.)
 */
@Component
public class ProjectionRebuild implements DisposableBean {

    static final String TOKENS = "trackingtokens";
    static final String EVENTS = "domainevents";

    private final EventProcessingConfiguration processing;
    private final MongoDatabase database;
    private final ReadModelStore store;
    private final MeetingProjector projector;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Run run;

    public ProjectionRebuild(EventProcessingConfiguration processing, MongoDatabase rapporteurDatabase,
                             ReadModelStore store, MeetingProjector projector) {
        this.processing = processing;
        this.database = rapporteurDatabase;
        this.store = store;
        this.projector = projector;
    }

    /** Starts a rebuild unless one is running; returns its progress. */
    public synchronized RebuildProgress start() {
        if (run != null && !run.progress().finished()) {
            return run.progress();
        }
        Run started = new Run(clock.instant(), database.getCollection(EVENTS).countDocuments());
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

    private void rebuild(Run current) {
        try {
            PooledStreamingEventProcessor processor = processor();
            processor.shutDown();
            for (String collection : ReadModelStore.collections()) {
                database.getCollection(collection).deleteMany(new Document());
            }
            projector.forgetHistories();
            database.getCollection(TOKENS).deleteMany(eq("processorName", ProjectionConfiguration.PROCESSOR));
            current.baseline = projector.handled();
            processor.start();
            while (true) {
                long position = projector.handled() - current.baseline;
                boolean caughtUp = !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp());
                if (position >= current.total && caughtUp) {
                    current.finish(clock.instant(), null);
                    return;
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.finish(clock.instant(), "interrupted");
        } catch (RuntimeException e) {
            current.finish(clock.instant(), e.toString());
        }
    }

    private PooledStreamingEventProcessor processor() {
        return processing.eventProcessor(ProjectionConfiguration.PROCESSOR, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ProjectionConfiguration.PROCESSOR));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private final class Run {
        final Instant startedAt;
        final long total;
        volatile long baseline = Long.MAX_VALUE;
        volatile Instant finishedAt;
        volatile long finalPosition;
        volatile String error;

        Run(Instant startedAt, long total) {
            this.startedAt = startedAt;
            this.total = total;
        }

        void finish(Instant at, String failure) {
            finalPosition = Math.max(0, projector.handled() - baseline);
            error = failure;
            finishedAt = at;
        }

        RebuildProgress progress() {
            Instant end = finishedAt;
            long position = end != null ? finalPosition : Math.max(0, projector.handled() - baseline);
            long shown = Math.min(position, total);
            double seconds = Duration.between(startedAt, end != null ? end : clock.instant()).toNanos() / 1e9;
            RebuildProgress.State state = end == null ? RebuildProgress.State.RUNNING
                    : error == null ? RebuildProgress.State.DONE : RebuildProgress.State.FAILED;
            return new RebuildProgress(state, shown, total, total == 0 ? 100 : 100.0 * shown / total,
                    seconds <= 0 ? 0 : shown / seconds, startedAt, end, error);
        }
    }
}
