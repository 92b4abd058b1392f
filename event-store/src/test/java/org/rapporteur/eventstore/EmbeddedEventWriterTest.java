package org.rapporteur.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store written in this process is the store Axon's Mongo engine writes through the server: the same
 * collections, indexes and documents (field for field, in the same order), read back by the server as it reads its
 * own; a clash on a stream's sequence is refused by the unique index and leaves nothing of its write; what an append
 * returned from is on the disk; and the file is refused while a server or another writer holds it.
 */
class EmbeddedEventWriterTest {

    private static final String DATABASE = "rapporteur";
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @TempDir
    Path throughServer;
    @TempDir
    Path inProcess;

    @Test
    void aStoreWrittenInProcessIsTheStoreTheServerPathWrites() {
        List<List<DomainEventMessage<?>>> batches = batches(new Random(3), 40);
        withEngine(throughServer, engine -> {
            engine.ensureIndexes();
            batches.forEach(engine::appendEvents);
        });
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            batches.forEach(batch -> writer.append(batch, serializer));
        }

        Stored expected = stored(throughServer);
        Stored actual = stored(inProcess);
        assertThat(actual.collections()).isEqualTo(expected.collections()).contains("domainevents", "snapshotevents");
        assertThat(actual.indexes()).isEqualTo(expected.indexes());
        assertThat(keyOrders(actual)).isEqualTo(keyOrders(expected));
        assertThat(keyOrders(actual)).containsEntry("domainevents.orderedEventStreamIndex", List.of("timestamp", "sequenceNumber"));
        assertThat(actual.indexes().get("domainevents")).extracting(index -> index.getString("name"))
                .containsExactly("_id_", "orderedEventStreamIndex", "uniqueAggregateIndex");
        assertThat(actual.indexes().get("snapshotevents")).extracting(index -> index.getString("name"))
                .containsExactly("_id_", "uniqueAggregateIndex");
        assertThat(actual.events()).hasSize(expected.events().size()).hasSizeGreaterThan(60);
        for (int i = 0; i < expected.events().size(); i++) {
            Document a = actual.events().get(i);
            Document e = expected.events().get(i);
            assertThat(new ArrayList<>(a.keySet())).isEqualTo(new ArrayList<>(e.keySet())).startsWith("_id");
            assertThat(a.get("_id")).isInstanceOf(ObjectId.class);
            assertThat(withoutId(a)).isEqualTo(withoutId(e));
        }

        // the server reads the streams back as its own, and its unique index covers what was written in process
        List<DomainEventMessage<?>> read = new ArrayList<>();
        withEngine(inProcess, engine -> {
            engine.readEvents("ccm-12msp", 0L).forEachRemaining(read::add);
            long next = read.size();
            assertThatThrownBy(() -> engine.appendEvents(event("ccm-12msp", next - 1, new Random(1))))
                    .isInstanceOf(ConcurrencyException.class);
            engine.appendEvents(event("ccm-12msp", next, new Random(1)));
        });
        List<DomainEventMessage<?>> written = batches.stream().flatMap(List::stream)
                .filter(e -> e.getAggregateIdentifier().equals("ccm-12msp")).toList();
        assertThat(read).extracting(DomainEventMessage::getIdentifier)
                .containsExactlyElementsOf(written.stream().map(DomainEventMessage::getIdentifier).toList());
        assertThat(read.stream().map(e -> (Object) e.getPayload()).toList())
                .isEqualTo(written.stream().map(e -> (Object) e.getPayload()).toList());
        assertThat(read).extracting(DomainEventMessage::getTimestamp)
                .containsExactlyElementsOf(written.stream().map(e -> e.getTimestamp().truncatedTo(ChronoUnit.MILLIS)).toList());
    }

    @Test
    void aClashOnAStreamsSequenceIsRefusedAndNothingOfItsWriteIsKept() {
        Random random = new Random(7);
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            writer.append(List.of(event("ccm-12msp", 0, random), event("ccm-12msp", 1, random),
                    event("ccm-12msp", 2, random)), serializer);
            writer.append(List.of(event("ccm-13msp", 0, random)), serializer);
            List<DomainEventMessage<?>> clashing = List.of(event("ccm-12msp", 3, random), event("ccm-12msp", 4, random),
                    event("ccm-12msp", 1, random), event("ccm-12msp", 5, random));
            assertThatThrownBy(() -> writer.append(clashing, serializer))
                    .isInstanceOf(ConcurrencyException.class).hasMessageContaining("[ccm-12msp] at sequence [3]");
            assertThatThrownBy(() -> writer.append(List.of(event("ccm-14msp", 0, random)), serializer))
                    .isInstanceOf(IllegalStateException.class);
        }
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            assertThat(writer.eventData("ccm-12msp")).extracting(e -> e.getSequenceNumber()).containsExactly(0L, 1L, 2L);
            assertThatThrownBy(() -> writer.append(List.of(event("ccm-13msp", 0, random)), serializer))
                    .isInstanceOf(AggregateStreamCreationException.class);
        }
        Stored stored = stored(inProcess);
        assertThat(stored.events()).extracting(e -> e.getString("aggregateIdentifier") + "/" + e.getLong("sequenceNumber"))
                .containsExactly("ccm-12msp/0", "ccm-12msp/1", "ccm-12msp/2", "ccm-13msp/0");
        // no key of the refused write is left behind either: the sequences it tried are free
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            writer.append(List.of(event("ccm-12msp", 3, random), event("ccm-12msp", 4, random)), serializer);
            assertThat(writer.eventData("ccm-12msp")).hasSize(5);
        }
    }

    @Test
    void aFreshStoreWhoseFirstWriteIsRefusedIsLeftEmpty() {
        Random random = new Random(11);
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            assertThatThrownBy(() -> writer.append(List.of(event("ccm-12msp", 0, random), event("ccm-12msp", 0, random)),
                    serializer)).isInstanceOf(AggregateStreamCreationException.class);
        }
        try (EmbeddedEvents events = EmbeddedEvents.open(inProcess, DATABASE)) {
            assertThat(events.eventData("ccm-12msp")).isEmpty();
        }
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            writer.append(List.of(event("ccm-12msp", 0, random)), serializer);
        }
        assertThat(stored(inProcess).indexes().get("domainevents")).hasSize(3);
    }

    @Test
    void whatAnAppendReturnedFromIsInTheFileAtOnce(@TempDir Path copy) throws Exception {
        Random random = new Random(13);
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            writer.append(List.of(event("ccm-12msp", 0, random), event("ccm-12msp", 1, random)), serializer);
            // what a kill -9 would leave
            Files.copy(inProcess.resolve(EmbeddedMongoStore.FILE_NAME), copy.resolve(EmbeddedMongoStore.FILE_NAME));
        }
        try (EmbeddedEvents events = EmbeddedEvents.open(copy, DATABASE)) {
            assertThat(events.eventData("ccm-12msp")).hasSize(2);
        }
        assertThat(stored(copy).indexes()).isEqualTo(stored(inProcess).indexes());
    }

    @Test
    void theFileIsRefusedWhileAServerOrAnotherWriterHoldsIt() {
        try (EmbeddedMongoStore server = EmbeddedMongoStore.open(inProcess)) {
            assertThatThrownBy(() -> EmbeddedEventWriter.open(inProcess, DATABASE))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
        }
        try (EmbeddedEventWriter writer = EmbeddedEventWriter.open(inProcess, DATABASE)) {
            writer.append(List.of(event("ccm-12msp", 0, new Random(2))), serializer);
            assertThatThrownBy(() -> EmbeddedEventWriter.open(inProcess, DATABASE))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
            assertThatThrownBy(() -> EmbeddedMongoStore.open(inProcess))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
            assertThatThrownBy(() -> EmbeddedEvents.open(inProcess, DATABASE))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
        }
        withEngine(inProcess, engine -> assertThat(engine.readEvents("ccm-12msp", 0L).asStream()).hasSize(1));
    }

    /** Each index's fields in the order of its key ({@link Document#equals} does not look at the order). */
    private static Map<String, List<String>> keyOrders(Stored stored) {
        Map<String, List<String>> orders = new LinkedHashMap<>();
        stored.indexes().forEach((collection, indexes) -> indexes.forEach(index -> orders.put(
                collection + "." + index.getString("name"), new ArrayList<>(index.get("key", Document.class).keySet()))));
        return orders;
    }

    /**
     * What a store holds, read through its server: collection names, each collection's indexes (by name: the server
     * lists them in no particular order), the events in stream order.
     */
    private record Stored(List<String> collections, Map<String, List<Document>> indexes, List<Document> events) {
    }

    private static Stored stored(Path directory) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(directory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase(DATABASE);
            List<String> collections = database.listCollectionNames().into(new ArrayList<>()).stream().sorted().toList();
            Map<String, List<Document>> indexes = new LinkedHashMap<>();
            for (String collection : collections) {
                List<Document> listed = database.getCollection(collection).listIndexes().into(new ArrayList<>());
                listed.sort(Comparator.comparing((Document index) -> index.getString("name")));
                indexes.put(collection, listed);
            }
            List<Document> events = database.getCollection("domainevents").find().into(new ArrayList<>());
            events.sort(Comparator.comparing((Document e) -> e.getString("aggregateIdentifier"))
                    .thenComparing(e -> e.getLong("sequenceNumber")));
            return new Stored(collections, indexes, events);
        }
    }

    private static Map<String, Object> withoutId(Document document) {
        Map<String, Object> fields = new LinkedHashMap<>(document);
        fields.remove("_id");
        return fields;
    }

    private void withEngine(Path directory, Consumer<MongoEventStorageEngine> work) {
        EngineOnEmbeddedStore.with(directory, DATABASE, serializer, work);
    }

    /** Appends of one to four events of one meeting each, the meetings interleaved, with one event alone among them. */
    private static List<List<DomainEventMessage<?>>> batches(Random random, int count) {
        List<String> meetings = List.of("ccm-12msp", "ccm-13msp", "bwc-9revcon");
        long[] next = new long[meetings.size()];
        List<List<DomainEventMessage<?>>> batches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int m = random.nextInt(meetings.size());
            int size = i == 0 ? 1 : 1 + random.nextInt(4);
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int b = 0; b < size; b++) {
                batch.add(event(meetings.get(m), next[m]++, random));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static DomainEventMessage<?> event(String meeting, long sequence, Random random) {
        MeetingMoment moment = MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 10).plusDays(random.nextInt(4)));
        DocumentSymbol symbol = DocumentSymbol.of("CCM/MSP/2024/INF." + sequence);
        Object payload = random.nextInt(4) == 0
                ? new DocumentWithdrawn(moment, symbol, "withdrawn by its authors " + random.nextInt(100))
                : new DocumentSubmitted(moment, symbol, "Information note « " + random.nextInt(1000) + " »",
                "Implementation Support Unit", DocumentKind.INFO);
        MetaData metaData = MetaData.with("commandId", meeting + "/" + sequence).and("loggedBy", "secretariat");
        Instant at = Instant.ofEpochSecond(1_725_955_200L + random.nextInt(400_000), random.nextInt(1_000_000_000));
        return new GenericDomainEventMessage<>("Meeting", meeting, sequence, payload, metaData,
                new java.util.UUID(random.nextLong(), random.nextLong()).toString(), at);
    }
}
