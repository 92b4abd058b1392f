package org.rapporteur.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.rapporteur.eventstore.EventTimestamps;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an operator watches of the projections: how far behind the latest stored event each segment of each
 * projection processor is, and how many meetings are parked (docs/operations.md).
 */
@Component
public class ProjectionMetrics implements MeterBinder {

    static final String LAG = "rapporteur.projection.segment.lag";
    static final String PARKED = "rapporteur.projection.parked";
    /** The store's head is asked for at most this often, however many segments are scraped. */
    private static final long HEAD_MILLIS = 1000;

    private final EventProcessingConfiguration processing;
    /** Axon's stored-event field the store orders its stream by. */
    private static final String TIMESTAMP = "timestamp";

    private final MongoTemplate events;
    private final ParkedMeetings parked;
    private volatile Instant head;
    private volatile long headAt;

    public ProjectionMetrics(EventProcessingConfiguration processing, MongoTemplate events, ParkedMeetings parked) {
        this.processing = processing;
        this.events = events;
        this.parked = parked;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(PARKED, parked, p -> p.all().size())
                .description("Meetings whose projection stopped at an event it could not apply, until retried")
                .register(registry);
        for (String name : ProjectionConfiguration.processors()) {
            for (int segment = 0; segment < ProjectionConfiguration.SEGMENTS; segment++) {
                int id = segment;
                Gauge.builder(LAG, () -> lag(name, id))
                        .description("Time between the latest stored event and the latest this segment has applied; "
                                + "NaN where this instance does not hold the segment")
                        .tags("processor", name, "segment", Integer.toString(id))
                        .baseUnit("seconds")
                        .register(registry);
            }
        }
    }

    /**
     * Seconds between the latest stored event and the latest this segment has applied, 0 when caught up; NaN when the
     * segment is not processed here. (Axon's Mongo head token is "now", not the latest event, so the store is asked.)
     */
    double lag(String processor, int segment) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(processor, StreamingEventProcessor.class);
        EventTrackerStatus status = found.map(p -> p.processingStatus().get(segment)).orElse(null);
        if (status == null) {
            return Double.NaN;
        }
        Optional<Instant> applied = timestamp(status.getTrackingToken());
        Instant latest = head();
        if (latest == null) {
            return 0;
        }
        if (applied.isEmpty()) {
            return Double.NaN;
        }
        return Math.max(0, Duration.between(applied.get(), latest).toMillis() / 1000.0);
    }

    private Instant head() {
        long now = System.currentTimeMillis();
        if (now - headAt > HEAD_MILLIS) {
            head = latestStored();
            headAt = now;
        }
        return head;
    }

    private Instant latestStored() {
        Document latest = events.eventCollection().find().projection(Projections.include(TIMESTAMP))
                .sort(Sorts.descending(TIMESTAMP)).limit(1).first();
        return latest == null ? null : EventTimestamps.parse(latest.getString(TIMESTAMP));
    }

    private static Optional<Instant> timestamp(TrackingToken token) {
        return WrappedToken.unwrap(token, MongoTrackingToken.class).map(MongoTrackingToken::getTimestamp);
    }
}
