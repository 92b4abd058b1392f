package org.rapporteur.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query answers what the plain H2 backend answers, through inserts, updates, deletes and a reopening. */
class IndexedH2BackendTest {

    @TempDir
    Path data;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void answersLikeAFullScan() {
        MongoCollection<Document> indexed = collection(new IndexedH2Backend(MVStore.open(data.resolve("a.mv.db").toString())));
        MongoCollection<Document> plain = collection(H2Backend.inMemory());
        Random random = new Random(7);
        for (int i = 0; i < 600; i++) {
            Document document = randomDocument(random, i);
            indexed.insertOne(document);
            plain.insertOne(new Document(document));
            if (i % 50 == 49) {
                Bson change = Filters.eq("meeting", "m" + random.nextInt(5));
                Document set = new Document("$set", new Document("at", "2024-09-1" + random.nextInt(10)));
                indexed.updateMany(change, set);
                plain.updateMany(change, set);
                Bson gone = Filters.lt("at", "2024-09-11");
                indexed.deleteMany(gone);
                plain.deleteMany(gone);
            }
        }
        assertSameAnswers(indexed, plain, random);
    }

    @Test
    void keepsAnsweringAfterReopening() {
        Path file = data.resolve("b.mv.db");
        IndexedH2Backend first = new IndexedH2Backend(MVStore.open(file.toString()));
        MongoCollection<Document> before = collection(first);
        for (int i = 0; i < 100; i++) {
            before.insertOne(new Document("_id", i).append("meeting", "m" + i % 3).append("sequence", i / 3).append("at", "t" + (1000 + i)));
        }
        closeAll();
        MongoCollection<Document> after = collection(new IndexedH2Backend(MVStore.open(file.toString())));
        after.insertOne(new Document("_id", 100).append("meeting", "m1").append("sequence", 34).append("at", "t1100"));
        assertThat(after.find(Filters.and(Filters.eq("meeting", "m1"), Filters.gte("sequence", 30))).sort(Sorts.ascending("sequence"))
                .map(d -> d.getInteger("_id")).into(new ArrayList<>())).containsExactly(91, 94, 97, 100);
        assertThat(after.find(Filters.gte("at", "t1098")).map(d -> d.getInteger("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder(98, 99, 100);
    }

    @Test
    void takesOverAFileOfThePlainBackendAndKeepsItsKeysUnique() {
        Path file = data.resolve("c.mv.db");
        MongoCollection<Document> plain = collection(new H2Backend(file.toString()));
        plain.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        for (int i = 0; i < 50; i++) {
            plain.insertOne(new Document("_id", "d" + i).append("code", i).append("meeting", "m" + i % 2));
        }
        closeAll();
        MongoCollection<Document> indexed = collection(new IndexedH2Backend(MVStore.open(file.toString())));
        assertThat(indexed.countDocuments(Filters.eq("meeting", "m1"))).isEqualTo(25);
        assertThat(indexed.find(Filters.eq("_id", "d7")).first()).containsEntry("code", 7);
        assertThatThrownBy(() -> indexed.insertOne(new Document("_id", "d7"))).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> indexed.insertOne(new Document("_id", "x").append("code", 7.0))).hasMessageContaining("duplicate key");
        indexed.deleteOne(Filters.eq("_id", "d7"));
        indexed.insertOne(new Document("_id", "d7").append("code", 7));
        assertThat(indexed.countDocuments()).isEqualTo(50);
    }

    private void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain, Random random) {
        List<Bson> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String meeting = "m" + random.nextInt(6);
            String at = "2024-09-1" + random.nextInt(10);
            int sequence = random.nextInt(150);
            queries.add(Filters.eq("meeting", meeting));
            queries.add(Filters.and(Filters.eq("meeting", meeting), Filters.gte("sequence", sequence)));
            queries.add(Filters.and(Filters.gte("at", at), Filters.nin("tag", List.of("a", "b"))));
            queries.add(Filters.and(Filters.gt("at", at), Filters.lte("at", "2024-09-18")));
            queries.add(Filters.lt("sequence", (double) sequence));
            queries.add(Filters.in("meeting", List.of(meeting, "m1")));
            queries.add(Filters.eq("tag", "a"));
            queries.add(Filters.or(Filters.eq("meeting", meeting), Filters.eq("tag", "b")));
            queries.add(Filters.eq("meeting", null));
            queries.add(Filters.and(Filters.eq("meeting", meeting), Filters.gt("sequence", sequence), Filters.lte("sequence", sequence + 40)));
            queries.add(Filters.and(Filters.in("meeting", List.of(meeting, "m2")), Filters.lt("sequence", sequence)));
            queries.add(Filters.and(Filters.eq("meeting", meeting), Filters.gt("sequence", sequence), Filters.lt("sequence", sequence - 5)));
            queries.add(Filters.and(Filters.gte("at", at), Filters.lt("at", "2024-09-12")));
            queries.add(Filters.and(Filters.gt("at", "2024-09-18"), Filters.lt("at", "2024-09-11")));
            queries.add(Filters.and(Filters.eq("at", at), Filters.eq("sequence", sequence)));
            List<String> seen = new ArrayList<>();
            for (int k = 0; k < 12 + random.nextInt(200); k++) {
                seen.add("e" + random.nextInt(700));
            }
            queries.add(Filters.and(Filters.gte("at", at), Filters.nin("_id", seen)));
            queries.add(Filters.nin("meeting", List.of("m0", "m1", "m2", "x", "y", "z", "w", "v")));
            queries.add(new Document("tag", new Document("$nin", seen)).append("meeting", meeting));
        }
        for (Bson query : queries) {
            Bson order = Sorts.ascending("at", "sequence", "_id");
            assertThat(indexed.find(query).sort(order).into(new ArrayList<>()))
                    .as(query.toString()).isEqualTo(plain.find(query).sort(order).into(new ArrayList<>()));
        }
    }

    private static Document randomDocument(Random random, int i) {
        Document document = new Document("_id", "e" + i).append("sequence", random.nextBoolean() ? (Object) i : (Object) (long) i)
                .append("at", "2024-09-1" + random.nextInt(10)).append("tag", List.of("a", "b", "c").get(random.nextInt(3)));
        if (random.nextInt(20) != 0) {
            document.append("meeting", "m" + random.nextInt(5));
        }
        return document;
    }

    private MongoCollection<Document> collection(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        open.add(server::shutdownNow);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        open.add(client);
        MongoCollection<Document> events = client.getDatabase("test").getCollection("events");
        events.createIndex(Indexes.ascending("meeting", "sequence"), new IndexOptions().unique(false));
        events.createIndex(Indexes.ascending("at", "sequence"));
        events.createIndex(Indexes.ascending("tag"), new IndexOptions().unique(false));
        return events;
    }

    private void closeAll() {
        try {
            close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        open.clear();
    }
}
