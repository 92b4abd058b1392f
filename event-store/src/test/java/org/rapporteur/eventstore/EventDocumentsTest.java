package org.rapporteur.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDocumentsTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @Test
    void buildsTheDocumentAxonWouldBuild() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            DomainEventMessage<?> event = event("ccm-" + random.nextInt(5), random.nextInt(10_000),
                    Instant.ofEpochSecond(random.nextLong(4_000_000_000L), random.nextInt(1_000_000_000)));
            var ours = new EventDocuments().document(event, serializer);
            var axons = new EventEntry(event, serializer).asDocument(EventEntryConfiguration.getDefault());
            assertThat(ours).isEqualTo(axons);
            assertThat(List.copyOf(ours.keySet())).isEqualTo(List.copyOf(axons.keySet()));
        }
    }

    @Test
    void writesTimestampsExactlyAsAxonDoes() {
        Random random = new Random(11);
        List<Instant> edges = List.of(Instant.EPOCH, Instant.parse("1999-12-31T23:59:59.999999999Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00.5Z"),
                Instant.ofEpochSecond(-1, 1));
        for (Instant instant : edges) {
            assertThat(EventTimestamps.format(instant)).isEqualTo(DateTimeUtils.formatInstant(instant));
        }
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(1_000_000_000));
            assertThat(EventTimestamps.format(instant)).isEqualTo(DateTimeUtils.formatInstant(instant));
        }
    }

    @Test
    void readsTimestampsExactlyAsAxonDoes() {
        Random random = new Random(13);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(1_000_000_000));
            String stored = EventTimestamps.format(instant);
            assertThat(EventTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
        for (String other : List.of("2024-09-10T08:31:07Z", "2024-09-10T08:31:07.123456789Z", "2024-09-10T10:31:07.120+02:00",
                "+10000-01-01T00:00:00.000Z", "2024-09-10t08:31:07.120z")) {
            assertThat(EventTimestamps.parse(other)).as(other).isEqualTo(DateTimeUtils.parseInstant(other));
        }
        assertThatThrownBy(() -> EventTimestamps.parse("2024-02-30T08:31:07.120Z")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> EventTimestamps.parse("2024-09-10T24:31:07.120Z")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aSequenceNumberTakenTwiceIsAConcurrencyConflict(@TempDir Path data) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "test").build())
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .storageStrategy(new EventDocuments())
                    .persistenceExceptionResolver(EventDocuments::isDuplicateKey)
                    .build();
            engine.ensureIndexes();
            Instant now = Instant.now();
            engine.appendEvents(event("m", 0, now), event("m", 1, now));
            engine.appendEvents(event("m", 2, now));

            assertThatThrownBy(() -> engine.appendEvents(event("m", 2, now)))
                    .isInstanceOf(ConcurrencyException.class);
            assertThatThrownBy(() -> engine.appendEvents(event("m", 1, now), event("m", 3, now)))
                    .isInstanceOf(ConcurrencyException.class);
            assertThat(engine.readEvents("m", 0L).asStream().map(DomainEventMessage::getSequenceNumber))
                    .containsExactly(0L, 1L, 2L);
            assertThat(engine.readEvents("m", 0L).asStream().map(DomainEventMessage::getTimestamp))
                    .containsOnly(DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(now)));
        }
    }

    private static DomainEventMessage<?> event(String meeting, long sequence, Instant at) {
        DocumentSubmitted submitted = new DocumentSubmitted(MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 10)),
                DocumentSymbol.of("CCM/MSP/2024/INF." + sequence), "Information note", "Implementation Support Unit", DocumentKind.INFO);
        return new GenericDomainEventMessage<>("Meeting", meeting, sequence,
                new org.axonframework.messaging.GenericMessage<>(submitted, MetaData.with("commandId", meeting + sequence)),
                () -> at);
    }
}
