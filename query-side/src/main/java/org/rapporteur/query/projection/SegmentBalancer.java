package org.rapporteur.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.bson.Document;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

/**
 * Shares the projection processor's segments among the query-side instances on one store. Each instance beats a
 * heartbeat in {@code projectionnodes}; one holding more than its fair share (segments / live instances, rounded up)
 * releases a segment for another to claim. A stopping instance releases all its segments (the processor stores
 * its tokens), and the others claim them.
 */
@Component
public class SegmentBalancer implements SmartLifecycle {

    static final String NODES = "projectionnodes";
    private static final long BEAT_MILLIS = 500;
    private static final long ALIVE_MILLIS = 3000;

    private final EventProcessingConfiguration processing;
    private final MongoCollection<Document> nodes;
    private final String nodeId = UUID.randomUUID().toString();
    private ScheduledExecutorService beat;

    public SegmentBalancer(EventProcessingConfiguration processing, MongoDatabase rapporteurDatabase) {
        this.processing = processing;
        this.nodes = rapporteurDatabase.getCollection(NODES);
    }

    @Override
    public synchronized void start() {
        beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        beat.scheduleWithFixedDelay(this::balance, 0, BEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    void balance() {
        try {
            long now = System.currentTimeMillis();
            nodes.replaceOne(eq("_id", nodeId), new Document("_id", nodeId).append("seenAt", now), new ReplaceOptions().upsert(true));
            long alive = Math.max(1, nodes.countDocuments(gte("seenAt", now - ALIVE_MILLIS)));
            long fairShare = (ProjectionConfiguration.SEGMENTS + alive - 1) / alive;
            for (String name : ProjectionConfiguration.processors()) {
                PooledStreamingEventProcessor processor = processing
                        .eventProcessor(name, PooledStreamingEventProcessor.class).orElse(null);
                if (processor != null && processor.isRunning()) {
                    Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
                    if (claimed.size() > fairShare) {
                        claimed.keySet().stream().max(Comparator.naturalOrder()).ifPresent(processor::releaseSegment);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the store may be unreachable for a moment; the next beat tries again
        }
    }

    @Override
    public synchronized void stop() {
        if (beat != null) {
            beat.shutdownNow();
            beat = null;
            try {
                nodes.deleteOne(eq("_id", nodeId));
            } catch (RuntimeException e) {
                // the heartbeat expires on its own
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beat != null;
    }

    /** Stops before the processor (so it does not release segments while the processor is shutting down). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
