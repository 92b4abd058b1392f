package org.rapporteur.standalone;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.rapporteur.eventstore.EmbeddedEvents;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.events.EventJson;
import org.rapporteur.eventstore.EventStoreConfiguration;
import org.rapporteur.eventstore.JournaledEvents;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The meetings recorded in a store, opened without the application: the embedded store or a MongoDB server, read
 * through Axon's storage engine (or, to only read the embedded store, from its file) with the same serializers and
 * upcasters as the application, so every event reads back as the query side reads it.
 */
final class StoredMeetings implements RecordingStore {

    private final EmbeddedMongoStore embedded;
    private final MongoClient client;
    private final EventStorageEngine engine;
    private final EmbeddedEventStore eventStore;

    private StoredMeetings(EmbeddedMongoStore embedded, MongoClient client, String database, boolean writing) {
        this.embedded = embedded;
        this.client = client;
        // to record, the process's mapper: the command side fingerprinted every action with it while checking the
        // files, so each kind's serializer is made by then (Axon's serializer adds its metadata reader to it)
        var mapper = writing ? EventJson.shared() : EventJson.mapper();
        MongoEventStorageEngine engine = EventStoreConfiguration.storageEngine(
                new JournaledEvents(DefaultMongoTemplate.builder().mongoDatabase(client, database).build()),
                eventSerializer(mapper), mapper);
        if (writing) {
            engine.ensureIndexes();
        }
        this.engine = engine;
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** The serializer Axon's auto-configuration makes for {@code axon.serializer.events=jackson} from that mapper. */
    private static JacksonSerializer eventSerializer(ObjectMapper mapper) {
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /** Opens the store to read meetings through its server: a MongoDB server's, or the embedded store's. */
    static StoredMeetings forReading(StoreOptions options) {
        return open(options, false);
    }

    /**
     * The meeting as it stood at {@code asOf} (as it stands when null), read from the store, which is closed again
     * before the history is folded into anything; bad input if there is no such meeting or it had not been convened
     * as of then. The embedded store is read from its file in this process, on a thread of its own while the
     * serializer is made.
     */
    static MeetingHistory historyAsOf(StoreOptions options, String meetingId, AsOf asOf) {
        if (options.embedded()) {
            Meanwhile<List<DomainEventData<?>>> stored = Meanwhile.start("events", () -> {
                try (EmbeddedEvents events = EmbeddedEvents.open(options.data, options.database)) {
                    return events.eventData(meetingId);
                }
            });
            JacksonSerializer serializer = eventSerializer(EventJson.mapper());
            return ReportFiles.asOf(history(meetingId, EmbeddedEvents.upcastAndDeserialize(stored.get(), serializer)), asOf);
        }
        try (StoredMeetings meetings = forReading(options)) {
            return ReportFiles.asOf(meetings.history(meetingId), asOf);
        }
    }

    /**
     * Opens the store to record through its server (a MongoDB server's: the embedded store is written in this process,
     * {@link RecordingStore#open}); its indexes (the unique one on each meeting's sequence above all) are made sure of.
     */
    static StoredMeetings forRecording(StoreOptions options) {
        return open(options, true);
    }

    private static StoredMeetings open(StoreOptions options, boolean writing) {
        EmbeddedMongoStore embedded = options.embedded() ? EmbeddedMongoStore.open(options.data) : null;
        try {
            String uri = embedded != null ? embedded.connectionString() : options.mongoUri;
            MongoClient client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(uri))
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                    .build());
            return new StoredMeetings(embedded, client, options.database, writing);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * Removes the embedded store a command made in {@code data}, a directory that did not exist before it, when the
     * command stopped before recording anything (a file that could not be read): no empty store is left behind.
     */
    static void removeEmpty(Path data) {
        try (var files = Files.list(data)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith("rapporteur.")) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(data);
        } catch (IOException ignored) {
            // something else is in the directory, or it is gone: leave it
        }
    }

    /** The meeting's whole stream, as the query side folds it. */
    MeetingHistory history(String meetingId) {
        return history(meetingId, eventStore.readEvents(meetingId, 0L));
    }

    private static MeetingHistory history(String meetingId, DomainEventStream stream) {
        if (!stream.hasNext()) {
            throw new Rapporteur.InvalidInput("no meeting with id " + meetingId + " in this store");
        }
        return MeetingHistoryLoader.history(meetingId, stream);
    }

    @Override
    public List<? extends DomainEventMessage<?>> recorded(String meetingId) {
        return engine.readEvents(meetingId, 0L).asStream().toList();
    }

    @Override
    public void append(List<? extends DomainEventMessage<?>> events) {
        engine.appendEvents(events);
    }

    EventStore eventStore() {
        return eventStore;
    }

    @Override
    public void close() {
        eventStore.shutDown();
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
