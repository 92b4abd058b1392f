package org.rapporteur.eventstore;

import com.mongodb.DBObject;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Axon's document-per-event layout, written the cheap way: a unit of work that appends one event (every command
 * here) inserts it with {@code insertOne} rather than a one-document {@code insertMany}, and each document is built
 * directly, as {@link EventEntry#asDocument} would build it, without Axon's per-event converter lookup and
 * formatter-based timestamp. Events read back parse their timestamp the same way ({@link StoredEvent}).
 */
public class EventDocuments extends DocumentPerEventStorageStrategy {

    private final Map<Serializer, Class<?>> representations = new ConcurrentHashMap<>();

    @Override
    public void appendEvents(MongoCollection<Document> eventCollection, List<? extends EventMessage<?>> events,
                             Serializer serializer) {
        if (events.size() == 1) {
            eventCollection.insertOne(document(EventUtils.asDomainEventMessage(events.get(0)), serializer));
        } else {
            super.appendEvents(eventCollection, events, serializer);
        }
    }

    @Override
    protected Stream<Document> createEventDocuments(List<? extends EventMessage<?>> events, Serializer serializer) {
        return events.stream().map(EventUtils::asDomainEventMessage).map(event -> document(event, serializer));
    }

    Document document(DomainEventMessage<?> event, Serializer serializer) {
        Class<?> representation = representations.computeIfAbsent(serializer,
                s -> s.canSerializeTo(DBObject.class) ? DBObject.class : String.class);
        SerializedObject<?> payload = event.serializePayload(serializer, representation);
        SerializedObject<?> metaData = event.serializeMetaData(serializer, representation);
        EventEntryConfiguration fields = eventConfiguration();
        return new Document(fields.aggregateIdentifierProperty(), event.getAggregateIdentifier())
                .append(fields.typeProperty(), event.getType())
                .append(fields.sequenceNumberProperty(), event.getSequenceNumber())
                .append(fields.payloadProperty(), payload.getData())
                .append(fields.timestampProperty(), EventTimestamps.format(event.getTimestamp()))
                .append(fields.payloadTypeProperty(), payload.getType().getName())
                .append(fields.payloadRevisionProperty(), payload.getType().getRevision())
                .append(fields.metaDataProperty(), metaData.getData())
                .append(fields.eventIdentifierProperty(), event.getIdentifier());
    }

    @Override
    protected Stream<? extends DomainEventData<?>> extractEvents(Document object) {
        return Stream.of(stored(object));
    }

    /** An event read from its document, as the engine reads it. */
    DomainEventData<?> stored(Document document) {
        return new StoredEvent(document, eventConfiguration());
    }

    /** The names of a stored event's fields. */
    EventEntryConfiguration fields() {
        return eventConfiguration();
    }

    /** An event as read from the store, its timestamp parsed without a formatter. */
    public static final class StoredEvent extends EventEntry {

        private final String timestamp;

        public StoredEvent(Document document, EventEntryConfiguration fields) {
            super(document, fields);
            timestamp = document.getString(fields.timestampProperty());
        }

        @Override
        public Instant getTimestamp() {
            return EventTimestamps.parse(timestamp);
        }
    }

    /** A clash on a unique key, from {@code insertOne} or from {@code insertMany}: another writer got there first. */
    public static boolean isDuplicateKey(Exception exception) {
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return exception instanceof com.mongodb.DuplicateKeyException
                || exception instanceof com.mongodb.MongoBulkWriteException bulk
                && bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() == 11000);
    }
}
