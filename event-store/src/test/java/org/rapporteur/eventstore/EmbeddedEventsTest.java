package org.rapporteur.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store's events read from its file, in this process, are those Axon's Mongo engine reads through the
 * server: the same messages (identifier, sequence, timestamp, type, payload, metadata) in the same order, whether
 * the unique index on each stream's sequence is there or not.
 */
class EmbeddedEventsTest {

    private static final String DATABASE = "rapporteur";
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @TempDir
    Path data;

    @Test
    void readsEachStreamAsTheEngineReadsItThroughTheServer() {
        Random random = new Random(5);
        List<String> meetings = List.of("ccm-12msp", "ccm-13msp", "bwc-9revcon", "ccm-1");
        List<List<DomainEventMessage<?>>> throughServer = new ArrayList<>();
        withEngine(true, engine -> {
            long[] next = new long[meetings.size()];
            for (int i = 0; i < 300; i++) {
                int m = random.nextInt(meetings.size());
                int batch = 1 + random.nextInt(3);
                List<DomainEventMessage<?>> events = new ArrayList<>();
                for (int b = 0; b < batch; b++) {
                    events.add(event(meetings.get(m), next[m]++, random));
                }
                engine.appendEvents(events);
            }
            for (String meeting : meetings) {
                throughServer.add(messages(engine.readEvents(meeting, 0L)));
            }
        });
        for (int m = 0; m < meetings.size(); m++) {
            assertSameMessages(inProcess(meetings.get(m)), throughServer.get(m));
        }
        assertThat(throughServer.get(0)).hasSizeGreaterThan(50);
        assertThat(inProcess("ccm-2")).isEmpty();
    }

    @Test
    void readsAStoreFilledWithoutTheStreamIndexAsWell() {
        Random random = new Random(9);
        List<DomainEventMessage<?>> throughServer = new ArrayList<>();
        withEngine(false, engine -> {
            // appended out of order: the stream is still read in sequence order
            for (long sequence : new long[]{3, 0, 2, 1, 4}) {
                engine.appendEvents(event("ccm-12msp", sequence, random), event("ccm-13msp", sequence, random));
            }
            throughServer.addAll(messages(engine.readEvents("ccm-12msp", 0L)));
        });
        assertThat(throughServer).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertSameMessages(inProcess("ccm-12msp"), throughServer);
    }

    @Test
    void aDirectoryWithoutAStoreHasNoEventsAndIsLeftAsItIs() {
        Path nowhere = data.resolve("nowhere");
        try (EmbeddedEvents events = EmbeddedEvents.open(nowhere, DATABASE)) {
            assertThat(events.eventData("ccm-12msp")).isEmpty();
        }
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aStoreHeldByTheServerIsInUseAndReadersShareIt() {
        withEngine(true, engine -> {
            engine.appendEvents(event("ccm-12msp", 0, new Random(1)));
            assertThatThrownBy(() -> EmbeddedEvents.open(data, DATABASE))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
        });
        try (EmbeddedEvents reader = EmbeddedEvents.open(data, DATABASE)) {
            assertThat(reader.eventData("ccm-12msp")).hasSize(1);
            assertThatThrownBy(() -> EmbeddedMongoStore.open(data))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
        }
        try (EmbeddedMongoStore writer = EmbeddedMongoStore.open(data)) {
            assertThat(Files.exists(data.resolve(EmbeddedMongoStore.FILE_NAME))).isTrue();
        }
    }

    private List<DomainEventMessage<?>> inProcess(String meeting) {
        List<DomainEventData<?>> stored;
        try (EmbeddedEvents events = EmbeddedEvents.open(data, DATABASE)) {
            stored = events.eventData(meeting);
        }
        // read after the store is closed: nothing still refers to its file
        return messages(EmbeddedEvents.upcastAndDeserialize(stored, serializer));
    }

    private static List<DomainEventMessage<?>> messages(DomainEventStream stream) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        stream.forEachRemaining(messages::add);
        return messages;
    }

    private void withEngine(boolean indexes, Consumer<EventStorageEngine> work) {
        EngineOnEmbeddedStore.with(data, DATABASE, serializer, engine -> {
            if (indexes) {
                engine.ensureIndexes();
            }
            work.accept(engine);
        });
    }

    private static void assertSameMessages(List<DomainEventMessage<?>> actual, List<DomainEventMessage<?>> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            DomainEventMessage<?> a = actual.get(i);
            DomainEventMessage<?> e = expected.get(i);
            assertThat(a.getIdentifier()).isEqualTo(e.getIdentifier());
            assertThat(a.getAggregateIdentifier()).isEqualTo(e.getAggregateIdentifier());
            assertThat(a.getSequenceNumber()).isEqualTo(e.getSequenceNumber());
            assertThat(a.getType()).isEqualTo(e.getType());
            assertThat(a.getTimestamp()).isEqualTo(e.getTimestamp());
            assertThat(a.getPayloadType()).isEqualTo(e.getPayloadType());
            assertThat(a.getPayload()).isEqualTo(e.getPayload());
            assertThat(a.getMetaData()).isEqualTo(e.getMetaData());
        }
    }

    private static DomainEventMessage<?> event(String meeting, long sequence, Random random) {
        MeetingMoment moment = MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 10).plusDays(random.nextInt(4)));
        DocumentSymbol symbol = DocumentSymbol.of("CCM/MSP/2024/INF." + sequence);
        Object payload = random.nextInt(4) == 0
                ? new DocumentWithdrawn(moment, symbol, "withdrawn by its authors " + random.nextInt(100))
                : new DocumentSubmitted(moment, symbol, "Information note " + random.nextInt(1000),
                "Implementation Support Unit", DocumentKind.INFO);
        MetaData metaData = MetaData.with("commandId", meeting + "/" + sequence).and("loggedBy", "secretariat");
        Instant at = Instant.ofEpochSecond(1_725_955_200L + random.nextInt(400_000), random.nextInt(1_000_000_000));
        return new GenericDomainEventMessage<>("Meeting", meeting, sequence, new GenericMessage<>(payload, metaData), () -> at);
    }
}
