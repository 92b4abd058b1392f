package org.rapporteur.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journaled write is on the disk when it is acknowledged: the file copied right after the acknowledgement (what a
 * kill -9 would leave) opens with it, also when several writers share commits.
 */
class EmbeddedStoreDurabilityTest {

    @Test
    void whatWasAcknowledgedIsInTheFileAtOnce(@TempDir Path data, @TempDir Path copies) throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("rapporteur").getCollection("domainevents")
                    .withWriteConcern(WriteConcern.JOURNALED);
            for (int i = 0; i < 3; i++) {
                events.insertOne(new Document("_id", "e" + i));
                Path copy = copies.resolve("copy" + i);
                Files.createDirectories(copy);
                Files.copy(data.resolve(EmbeddedMongoStore.FILE_NAME), copy.resolve(EmbeddedMongoStore.FILE_NAME));
                assertThat(ids(copy)).contains("e" + i);
            }
        }
    }

    @Test
    void concurrentWritersShareCommitsAndLoseNothing(@TempDir Path data, @TempDir Path copy) throws Exception {
        List<String> acknowledged = new ArrayList<>();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("rapporteur").getCollection("domainevents")
                    .withWriteConcern(WriteConcern.JOURNALED);
            ExecutorService writers = Executors.newFixedThreadPool(6);
            List<Future<List<String>>> done = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        String id = writer + "-" + i;
                        events.insertOne(new Document("_id", id));
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            for (Future<List<String>> writer : done) {
                acknowledged.addAll(writer.get());
            }
            writers.shutdown();
            Files.copy(data.resolve(EmbeddedMongoStore.FILE_NAME), copy.resolve(EmbeddedMongoStore.FILE_NAME));
        }
        assertThat(ids(copy)).containsAll(acknowledged);
    }

    private static Set<String> ids(Path directory) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(directory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            Set<String> ids = new HashSet<>();
            client.getDatabase("rapporteur").getCollection("domainevents").find().forEach(d -> ids.add(d.getString("_id")));
            return ids;
        }
    }
}
