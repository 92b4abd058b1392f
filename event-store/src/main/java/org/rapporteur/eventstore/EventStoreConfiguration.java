package org.rapporteur.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.catalogue.RetiredKinds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.util.concurrent.TimeUnit;

/**
 * The one MongoDB event store both sides share: events and snapshots as Jackson JSON,
 * and the database that also holds tokens and read models.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    /** Axon's own mapper, so web JSON settings never change the stored format. */
    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return EventJson.mapper();
    }

    @Bean
    @Primary
    public ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    public EmbeddedStoreHolder embeddedStore(EventStoreProperties properties) {
        return new EmbeddedStoreHolder(properties.embedded() ? EmbeddedMongoStore.open(properties.data()) : null);
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(EventStoreProperties properties, EmbeddedStoreHolder embedded) {
        String uri = embedded.store() != null ? embedded.store().connectionString() : properties.uri();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
    }

    @Bean
    public MongoDatabase rapporteurDatabase(MongoClient client, EventStoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoClient client, EventStoreProperties properties) {
        return new JournaledEvents(DefaultMongoTemplate.builder().mongoDatabase(client, properties.database()).build());
    }

    /** No transaction manager: the embedded server has no sessions, and each unit of work appends to one stream. */
    @Bean
    public EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 @Qualifier("defaultAxonObjectMapper") ObjectMapper axonObjectMapper) {
        MongoEventStorageEngine engine = storageEngine(axonMongoTemplate, eventSerializer, axonObjectMapper);
        engine.ensureIndexes();
        return engine;
    }

    /**
     * How the events are stored and read back, for the application and for the command line (which opens the store
     * without it): what is configured here reaches both.
     */
    public static MongoEventStorageEngine storageEngine(MongoTemplate template, Serializer eventSerializer, ObjectMapper axonObjectMapper) {
        return new IndexesWhenAsked(MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(SnapshotJson.serializer(axonObjectMapper))
                .storageStrategy(new EventDocuments())
                .upcasterChain(upcasters())
                .persistenceExceptionResolver(EventDocuments::isDuplicateKey));
    }

    /** How stored events of earlier kinds and revisions read as today's, wherever events are read. */
    static EventUpcaster upcasters() {
        return RetiredKinds.chain();
    }

    /**
     * Axon's engine makes sure of its indexes as it is built; here only when {@link #ensureIndexes()} is called (by
     * whoever writes: the application, {@code record}), so a command that only reads sends no index commands (and the
     * application no longer sends them twice).
     */
    private static final class IndexesWhenAsked extends MongoEventStorageEngine {
        private final boolean built;

        IndexesWhenAsked(MongoEventStorageEngine.Builder builder) {
            super(builder);
            built = true;
        }

        @Override
        public void ensureIndexes() {
            if (built) {
                super.ensureIndexes();
            }
        }
    }

    @Bean
    public EventStore eventStore(EventStorageEngine eventStorageEngine, EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(eventStorageEngine)
                .fetchDelay(properties.fetchDelay().toMillis())
                .build();
    }

    /** Spring Boot's Mongo health check sends {@code hello}, which the embedded server lacks; {@code ping} works on both. */
    @Bean
    public HealthIndicator eventStoreHealthIndicator(MongoDatabase rapporteurDatabase, EventStoreProperties properties) {
        return () -> {
            try {
                rapporteurDatabase.runCommand(new Document("ping", 1));
                return Health.up().withDetail("store", properties.embedded() ? "embedded" : "mongodb").build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    /** Holds the embedded server when no MongoDB URI is configured. */
    public record EmbeddedStoreHolder(EmbeddedMongoStore store) implements AutoCloseable {
        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}
