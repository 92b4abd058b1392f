package org.rapporteur.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the shared event store lives.
 *
 * @param uri        MongoDB connection string; empty means the embedded store in {@code data}
 * @param database   database holding events, snapshots, tokens and read models
 * @param data       directory of the embedded store
 * @param fetchDelay how long a streaming reader waits before polling the store again when it found nothing new
 */
@ConfigurationProperties("rapporteur.mongo")
public record EventStoreProperties(String uri, String database, Path data, Duration fetchDelay) {

    public EventStoreProperties {
        uri = uri == null ? "" : uri.trim();
        database = database == null || database.isBlank() ? "rapporteur" : database;
        data = data == null ? Path.of("data") : data;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(20) : fetchDelay;
    }

    public boolean embedded() {
        return uri.isEmpty();
    }
}
