package org.rapporteur.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.rapporteur.eventstore.embedded.StoredCollection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The events of the embedded store read in this process, straight from its file, opened read-only: no server, no
 * client, no credentials. Each stream reads back as Axon's Mongo storage engine reads it through the server (the
 * same stored-event form, serializer and upcasters, in sequence order), for commands that only read. The file is
 * shared with other readers and refused, as in use, while a server or a recording holds it.
 */
public final class EmbeddedEvents implements AutoCloseable {

    private static final String EVENTS = "domainevents";
    /** Axon's unique index on each stream's sequence. */
    private static final String STREAM_INDEX = "uniqueAggregateIndex";

    private final MVStore store;
    private final StoredCollection events;
    private final EventDocuments documents = new EventDocuments();

    private EmbeddedEvents(MVStore store, String database) {
        this.store = store;
        this.events = store == null ? null : StoredCollection.of(store, database, EVENTS);
    }

    /**
     * Opens the store in {@code dataDirectory} to read the events of {@code database}; a directory without a store
     * reads as a store without events (and is left as it is).
     */
    public static EmbeddedEvents open(Path dataDirectory, String database) {
        Path file = dataDirectory.resolve(EmbeddedMongoStore.FILE_NAME).toAbsolutePath();
        if (!written(file)) {
            return new EmbeddedEvents(null, database);
        }
        EmbeddedMongoStore.ownerOnly(dataDirectory, file);
        return new EmbeddedEvents(EmbeddedMongoStore.openFile(dataDirectory, file, true), database);
    }

    /** The events of {@code database} in {@code store}, a file another owner opened (and closes; this one is not closed). */
    static EmbeddedEvents in(MVStore store, String database) {
        return new EmbeddedEvents(store, database);
    }

    private static boolean written(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The stored events of {@code aggregateIdentifier} from its first, in sequence order, as the engine reads them
     * (payloads and metadata still serialized); empty if there is none.
     */
    public List<DomainEventData<?>> eventData(String aggregateIdentifier) {
        if (events == null) {
            return List.of();
        }
        var fields = documents.fields();
        List<DomainEventData<?>> stream = new ArrayList<>();
        for (var stored : events.withLeadingKey(STREAM_INDEX, fields.aggregateIdentifierProperty(), aggregateIdentifier)) {
            stream.add(documents.stored(driverDocument(stored)));
        }
        // as the engine asks the server: sorted by sequence, stably
        stream.sort(Comparator.comparingLong(DomainEventData::getSequenceNumber));
        return stream;
    }

    /** Stored events as the engine hands them out: upcast and deserialized (lazily) by {@code eventSerializer}. */
    public static DomainEventStream upcastAndDeserialize(List<DomainEventData<?>> stored, Serializer eventSerializer) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(stored.stream(), eventSerializer,
                EventStoreConfiguration.upcasters());
    }

    /** The document as the MongoDB driver would have decoded it from the server's answer. */
    static Document driverDocument(de.bwaldvogel.mongo.bson.Document stored) {
        Document document = new Document();
        for (Map.Entry<String, Object> field : stored.entrySet()) {
            document.append(field.getKey(), driverValue(field.getValue()));
        }
        return document;
    }

    private static Object driverValue(Object value) {
        if (value instanceof de.bwaldvogel.mongo.bson.Document nested) {
            return driverDocument(nested);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EmbeddedEvents::driverValue).collect(Collectors.toCollection(ArrayList::new));
        }
        if (value instanceof de.bwaldvogel.mongo.bson.ObjectId id) {
            return new ObjectId(id.toByteArray());
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        return value;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
