package org.rapporteur.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.rapporteur.events.EventJson;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Axon's storage engine as the application makes it, over the embedded store in a directory, through its server. */
final class EngineOnEmbeddedStore {

    private EngineOnEmbeddedStore() {
    }

    static void with(Path directory, String database, Serializer serializer, Consumer<MongoEventStorageEngine> work) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(directory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            work.accept(EventStoreConfiguration.storageEngine(
                    new JournaledEvents(DefaultMongoTemplate.builder().mongoDatabase(client, database).build()),
                    serializer, EventJson.mapper()));
        }
    }
}
