package org.rapporteur.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Written documents are no longer encoded again to be measured: the limit, the documents and collStats' size hold. */
class DocumentSizeTest {

    private static final int LIMIT = 16 * 1024 * 1024;

    @TempDir
    Path data;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final Map<MongoCollection<Document>, MongoDatabase> databases = new IdentityHashMap<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void aDocumentOfSixteenMegabytesIsStoredAndOneByteMoreIsRefused() {
        MongoCollection<Document> collection = collection(new IndexedH2Backend(MVStore.open(data.resolve("a.mv.db").toString())));
        Document largest = ofSize("largest", LIMIT);
        collection.insertOne(largest);
        assertThat(collection.find(Filters.eq("_id", "largest")).first()).isEqualTo(largest);

        assertThatThrownBy(() -> collection.insertOne(ofSize("larger", LIMIT + 1))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> collection.replaceOne(Filters.eq("_id", "largest"), ofSize("largest", LIMIT + 1),
                new ReplaceOptions().upsert(true))).isInstanceOf(RuntimeException.class);
        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(collection.find().first()).isEqualTo(largest);
    }

    @Test
    void documentsReadBackIdenticalAndCollStatsSizeIsThePlainBackends() {
        MongoCollection<Document> indexed = collection(new IndexedH2Backend(MVStore.open(data.resolve("b.mv.db").toString())));
        MongoCollection<Document> plain = collection(H2Backend.inMemory());
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Document document = new Document("_id", i % 3 == 0 ? new ObjectId() : "d" + i)
                    .append("meeting", "m" + i % 7)
                    .append("sequence", (long) i)
                    .append("text", "Délégation \uD83C\uDDEB\uD83C\uDDF7 n° " + i + " — ".repeat(i % 5))
                    .append("at", new Date(1_700_000_000_000L + i))
                    .append("ratio", i / 7.0)
                    .append("amount", new Decimal128(new BigDecimal(i + ".25")))
                    .append("bytes", new Binary(new byte[] {(byte) i, 0, -1}))
                    .append("nested", new Document("list", List.of(i, "x", new Document("deep", i % 2 == 0))))
                    .append("absent", null);
            indexed.insertOne(document);
            plain.insertOne(new Document(document));
            written.add(document);
        }
        indexed.updateMany(Filters.eq("meeting", "m3"), new Document("$set", new Document("text", "shorter")));
        plain.updateMany(Filters.eq("meeting", "m3"), new Document("$set", new Document("text", "shorter")));
        indexed.deleteMany(Filters.eq("meeting", "m5"));
        plain.deleteMany(Filters.eq("meeting", "m5"));
        Document replacement = new Document("_id", "d1").append("meeting", "m1").append("text", "x".repeat(5000));
        indexed.replaceOne(Filters.eq("_id", "d1"), replacement);
        plain.replaceOne(Filters.eq("_id", "d1"), replacement);

        assertThat(indexed.find(Filters.eq("_id", "d2")).first()).isEqualTo(written.get(2));
        assertThat(indexed.find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(plain.find().into(new ArrayList<>()));
        Number size = stats(indexed).get("size", Number.class);
        assertThat(size.longValue()).isEqualTo(stats(plain).get("size", Number.class).longValue()).isGreaterThan(0);
    }

    @Test
    void collStatsSizeAfterReopeningIsTheStoredDocuments() {
        Path file = data.resolve("c.mv.db");
        MongoCollection<Document> before = collection(new IndexedH2Backend(MVStore.open(file.toString())));
        for (int i = 0; i < 50; i++) {
            before.insertOne(new Document("_id", i).append("text", "x".repeat(i)));
        }
        long size = stats(before).get("size", Number.class).longValue();
        closeAll();
        MongoCollection<Document> after = collection(new IndexedH2Backend(MVStore.open(file.toString())));
        assertThat(stats(after).get("size", Number.class).longValue()).isEqualTo(size);
        after.deleteOne(Filters.eq("_id", 49));
        assertThat(stats(after).get("size", Number.class).longValue())
                .isEqualTo(size - new org.bson.RawBsonDocument(new Document("_id", 49).append("text", "x".repeat(49)),
                        new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining());
    }

    private void closeAll() {
        try {
            close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        open.clear();
    }

    private Document stats(MongoCollection<Document> collection) {
        return databases.get(collection).runCommand(new Document("collStats", collection.getNamespace().getCollectionName()));
    }

    /** A document whose BSON takes exactly {@code bytes}. */
    private static Document ofSize(String id, int bytes) {
        // {_id: string, v: string}: 4 + (1 + 4 + 4 + id + 1) + (1 + 2 + 4 + text + 1) + 1
        int text = bytes - (4 + 10 + id.length() + 8 + 1);
        return new Document("_id", id).append("v", "x".repeat(text));
    }

    private MongoCollection<Document> collection(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        open.add(server::shutdownNow);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        open.add(client);
        MongoDatabase database = client.getDatabase("test");
        MongoCollection<Document> collection = database.getCollection("documents");
        databases.put(collection, database);
        return collection;
    }
}
