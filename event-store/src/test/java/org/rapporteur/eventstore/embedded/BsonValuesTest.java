package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored values come back equal and of the same classes, whichever way they were written, before or now. */
class BsonValuesTest {

    @TempDir
    Path data;

    private static final byte JAVA_SERIALIZED = 19;

    private final BsonValues values = new BsonValues();

    @Test
    void documentsObjectIdsAndKeysComeBackEqual() {
        Document nested = new Document("symbol", "CCM/MSP/2024/1").append("states", new ArrayList<>(List.of("AUT", "CHE")));
        Document document = new Document("_id", new ObjectId()).append("text", "Genève — “adopted”")
                .append("int", 7).append("long", 7L).append("double", 7.5).append("flag", true).append("none", null)
                .append("at", Instant.parse("2024-09-10T10:00:00Z")).append("uuid", UUID.randomUUID())
                .append("decimal", new Decimal128(new BigDecimal("1.10"))).append("binary", new BinData(new byte[]{1, 2}))
                .append("max", MaxKey.getInstance()).append("nested", nested)
                .append("list", new ArrayList<>(List.of(1, 2L, "three", new Document("four", 4))));

        for (Object value : List.of(document, new ObjectId(), new KeyValue("ccm-12msp", 17L), new KeyValue(new ObjectId()), "text", 42L)) {
            Object read = roundTrip(values, values, value);
            assertThat(read).isEqualTo(value);
            assertThat(read).hasSameClassAs(value);
        }
        for (Object value : List.of(document, new ObjectId(), new KeyValue("ccm-12msp", 17L))) {
            assertThat(firstByte(values, value)).as("not by Java serialization").isNotEqualTo(JAVA_SERIALIZED);
        }
        assertThat(firstByte(values, new Document("when", new Date(0)))).isEqualTo(JAVA_SERIALIZED);
        assertThat(firstByte(values, new Document("list", new ArrayList<>(List.of(true, new Document("when", new Date(0)))))))
                .as("an inexact value however deep").isEqualTo(JAVA_SERIALIZED);
        assertThat(firstByte(values, new Document("float", 1.5f))).isEqualTo(JAVA_SERIALIZED);
        Document read = (Document) roundTrip(values, values, document);
        assertThat(read.keySet()).containsExactlyElementsOf(document.keySet());
        assertThat(read.get("long")).isInstanceOf(Long.class);
        assertThat(((Document) read.get("nested")).get("states")).isEqualTo(List.of("AUT", "CHE"));
    }

    @Test
    void whatBsonCannotCarryExactlyIsSerializedAsBefore() {
        Document document = new Document("_id", "d1").append("when", new Date(0)).append("tags", Set.of("a"));
        Object read = roundTrip(values, values, document);
        assertThat(read).isEqualTo(document);
        assertThat(((Document) read).get("tags")).isInstanceOf(Set.class);
    }

    @Test
    void readsWhatH2sObjectTypeWrote() {
        ObjectDataType before = new ObjectDataType();
        Document document = new Document("_id", new ObjectId()).append("meeting", "ccm-12msp").append("sequence", 3L);
        for (Object value : List.of(document, new ObjectId(), new KeyValue("ccm-12msp", 3L), "text", 3)) {
            assertThat(roundTrip(before, values, value)).isEqualTo(value);
        }
    }

    @Test
    void aStoreReopenedReadsItsDocuments() {
        String file = data.resolve("values.mv.db").toString();
        List<Document> written = new ArrayList<>();
        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Document> map = BsonValues.openMap(store, "docs");
            for (int i = 0; i < 2_000; i++) {
                Document document = new Document("_id", new ObjectId()).append("sequence", (long) i)
                        .append("payload", "x".repeat(i % 300)).append("states", new ArrayList<>(List.of("AUT", "NZL")));
                written.add(document);
                map.put(document.get("_id"), document);
            }
        }
        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Document> map = BsonValues.openMap(store, "docs");
            assertThat(map.size()).isEqualTo(written.size());
            for (Document document : written) {
                assertThat(map.get(document.get("_id"))).isEqualTo(document);
            }
        }
    }

    private static byte firstByte(ObjectDataType writer, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        writer.write(buffer, value);
        return buffer.getBuffer().get(0);
    }

    private static Object roundTrip(ObjectDataType writer, ObjectDataType reader, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        writer.write(buffer, value);
        writer.write(buffer, "after");
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        Object read = reader.read(bytes);
        assertThat(reader.read(bytes)).as("the next value starts where this one ends").isEqualTo("after");
        return read;
    }
}
