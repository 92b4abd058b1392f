package org.rapporteur.query.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.rapporteur.eventstore.EventDocuments;
import org.rapporteur.query.projection.MeetingProjector;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.ReadModelStore;
import org.rapporteur.query.report.ReportProjection;
import org.rapporteur.query.report.ReportStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Rebuilds every read model from the event store: stops the projection processors, clears the read-model
 * collections and deletes the processors' tokens, then starts them again.
 * <p>
 * Axon's resetTokens() is not used: with Mongo tokens it misdetects the replay (extension-mongo#498). Nor do the
 * processors replay the store themselves: each fetch asks for {@code timestamp >= t and eventIdentifier not in (every
 * event seen in the look-back)}, one batch at a time, and the look-back list grows with the rate events were written.
 * Instead each meeting's events, read in one query, are fed to the processors' own handlers in one unit of work
 * (so each view is folded and stored once per meeting), several meetings at a time; the processors then start from a
 * head token taken before the scan, and what they see again is skipped, as every projection is idempotent.
 */
@Component
public class ProjectionRebuild implements DisposableBean {

    static final String TOKENS = "trackingtokens";
    static final String EVENTS = "domainevents";

    private static final int FETCH_SIZE = 1000;
    private static final int REPLAYERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final EventEntryConfiguration LAYOUT = EventEntryConfiguration.getDefault();

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final Serializer serializer;
    private final MongoDatabase database;
    private final MeetingProjector projector;
    private final ReportProjection reportProjection;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Run run;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                             @Qualifier("eventSerializer") Serializer serializer, MongoDatabase rapporteurDatabase,
                             MeetingProjector projector, ReportProjection reportProjection) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.serializer = serializer;
        this.database = rapporteurDatabase;
        this.projector = projector;
        this.reportProjection = reportProjection;
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
            List<PooledStreamingEventProcessor> processors = ProjectionConfiguration.processors().stream().map(this::processor).toList();
            processors.forEach(PooledStreamingEventProcessor::shutDown);
            for (String collection : collections()) {
                database.getCollection(collection).deleteMany(new Document());
            }
            projector.forgetHistories();
            reportProjection.forgetHistories();
            database.getCollection(TOKENS).deleteMany(in("processorName", ProjectionConfiguration.processors()));
            current.baseline = projector.handled();
            TrackingToken head = eventStore.createHeadToken();
            scan(processors.stream().map(PooledStreamingEventProcessor::eventHandlerInvoker).toList());
            for (PooledStreamingEventProcessor processor : processors) {
                tokenStore.initializeTokenSegments(processor.getName(), ProjectionConfiguration.SEGMENTS, head);
                processor.start();
            }
            current.finish(clock.instant(), null);
        } catch (Exception e) {
            current.finish(clock.instant(), e.toString());
        }
    }

    private static List<String> collections() {
        List<String> collections = new ArrayList<>(ReadModelStore.collections());
        collections.add(ReportStore.COLLECTION);
        return collections;
    }

    /**
     * Feeds every stored event to the processors' handlers, meeting by meeting, each meeting's events in sequence
     * order in one unit of work, several meetings at a time.
     */
    private void scan(List<EventHandlerInvoker> handlers) throws Exception {
        List<String> meetings = events().distinct(LAYOUT.aggregateIdentifierProperty(), String.class).into(new ArrayList<>());
        ExecutorService replayers = Executors.newFixedThreadPool(REPLAYERS, r -> {
            Thread thread = new Thread(r, "projection-rebuild-replay");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> replays = new ArrayList<>();
            for (String meetingId : meetings) {
                replays.add(replayers.submit(() -> {
                    handle(handlers, meetingEvents(meetingId));
                    return null;
                }));
            }
            for (Future<?> replay : replays) {
                replay.get();
            }
        } finally {
            replayers.shutdownNow();
        }
    }

    private List<DomainEventMessage<?>> meetingEvents(String meetingId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Document document : events().find(eq(LAYOUT.aggregateIdentifierProperty(), meetingId))
                .sort(Sorts.ascending(LAYOUT.sequenceNumberProperty())).batchSize(FETCH_SIZE)) {
            messages.add(message(new EventDocuments.StoredEvent(document, LAYOUT)));
        }
        return messages;
    }

    private MongoCollection<Document> events() {
        return database.getCollection(EVENTS);
    }

    private DomainEventMessage<?> message(EventDocuments.StoredEvent entry) {
        Object payload = serializer.deserialize(entry.getPayload());
        Map<String, ?> metaData = serializer.deserialize(entry.getMetaData());
        return new GenericDomainEventMessage<>(entry.getType(), entry.getAggregateIdentifier(), entry.getSequenceNumber(),
                payload, metaData, entry.getEventIdentifier(), entry.getTimestamp());
    }

    /** The events in one unit of work, as the processor handles a batch: each projection stores once for them. */
    private static void handle(List<EventHandlerInvoker> processors, List<DomainEventMessage<?>> batch) throws Exception {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(batch.get(0));
        try {
            for (EventHandlerInvoker handlers : processors) {
                for (DomainEventMessage<?> message : batch) {
                    if (handlers.canHandle(message, Segment.ROOT_SEGMENT)) {
                        handlers.handle(message, Segment.ROOT_SEGMENT);
                    }
                }
            }
        } catch (Exception e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
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
