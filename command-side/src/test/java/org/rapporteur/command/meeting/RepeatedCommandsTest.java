package org.rapporteur.command.meeting;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.command.CommandSideApplication;
import org.rapporteur.command.http.Logging;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Idempotency-Keys through the command gateway into the embedded store: the record of processed commands
 * ({@link ProcessedCommands}), kept by {@link RepeatedCommands} in each command's unit of work.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"rapporteur.snapshot-every=5", "rapporteur.security.enabled=false"})
class RepeatedCommandsTest {

    private static final Path DATA = Path.of("target", "repeated-commands-store", UUID.randomUUID().toString()).toAbsolutePath();
    private static final AtomicInteger MEETINGS = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2024, 9, 10);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", DATA::toString);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    ProcessedCommands processed;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier(MeetingConfiguration.CACHE)
    Cache meetingCache;

    private String meeting;

    @BeforeEach
    void convene() {
        meeting = "ccm-keys-" + MEETINGS.incrementAndGet();
        Recorded convened = send(new ConveneMeeting(meeting, "convene", ConveningTest.TWELFTH));
        assertThat(convened.sequence()).isZero();
    }

    @Test
    void theIndexIsUniqueOnMeetingAndKey() {
        MongoCollection<Document> keys = database.getCollection(ProcessedCommands.COLLECTION);
        keys.insertOne(new Document("meeting", "m-unique").append("key", "k"));
        keys.insertOne(new Document("meeting", "m-other").append("key", "k"));
        keys.insertOne(new Document("meeting", "m-unique").append("key", "k2"));
        assertThatThrownBy(() -> keys.insertOne(new Document("meeting", "m-unique").append("key", "k")))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    @Test
    void aRetriedCommandReturnsTheFirstResultAndRecordsNothing() {
        Recorded first = send(document("k-1", "CCM/MSP/2024/1", null));
        Recorded again = send(document("k-1", "CCM/MSP/2024/1", null));
        assertThat(again).isEqualTo(first);
        assertThat(events()).isEqualTo(2);
        assertThat(processed.stored(meeting, "k-1").recorded()).isEqualTo(first);
    }

    @Test
    void aRetryIsAnsweredEvenWhenTheMeetingMovedOn() {
        Recorded first = send(document("k-1", "CCM/MSP/2024/1", 0L));
        send(document("k-2", "CCM/MSP/2024/2", null));
        assertThat(send(document("k-1", "CCM/MSP/2024/1", 0L))).isEqualTo(first);
        assertThat(events()).isEqualTo(3);
    }

    @Test
    void aRetriedConveningAnswersAsTheFirstTime() {
        assertThat(send(new ConveneMeeting(meeting, "convene", ConveningTest.TWELFTH))).isEqualTo(new Recorded(firstEventId(), 0));
        assertThatThrownBy(() -> send(new ConveneMeeting(meeting, "convene-again", ConveningTest.TWELFTH)))
                .isInstanceOf(MeetingRuleViolated.class);
    }

    @Test
    void aKeyReusedForAnotherActionIsRefusedWithTheFirstAction() {
        Recorded first = send(document("k-1", "CCM/MSP/2024/1", null));
        assertThatThrownBy(() -> send(document("k-1", "CCM/MSP/2024/2", null)))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, e -> assertThat(e.first()).isEqualTo(first));
        assertThat(events()).isEqualTo(2);
    }

    @Test
    void theSameKeyInAnotherMeetingIsAnotherCommand() {
        Recorded here = send(document("k-1", "CCM/MSP/2024/1", null));
        String mine = meeting;
        convene();
        Recorded there = send(document("k-1", "CCM/MSP/2024/1", null));
        assertThat(there.sequence()).isEqualTo(here.sequence());
        assertThat(there.eventId()).isNotEqualTo(here.eventId());
        assertThat(processed.stored(mine, "k-1").recorded()).isEqualTo(here);
    }

    @Test
    void aUnitOfWorkThatRollsBackLeavesNoKey() {
        send(document("k-1", "CCM/MSP/2024/1", null));
        // the meeting as this process holds it, kept from the collector: the cache holds it weakly, and a meeting
        // loaded afresh would see the other process's event and refuse the expected version before any key is kept
        Object heldInMemory = meetingCache.get(meeting);
        assertThat(heldInMemory).as("the meeting in this process's cache").isNotNull();
        // another process appends sequence 2 behind this one's back: this process's append of its own sequence 2 fails
        eventStore.publish(new GenericDomainEventMessage<>("MeetingAggregate", meeting, 2, submitted("CCM/MSP/2024/9"),
                MetaData.with("loggedBy", "other-process")));
        assertThatThrownBy(() -> send(document("k-2", "CCM/MSP/2024/2", 1L))).isInstanceOf(ConcurrencyException.class);
        Reference.reachabilityFence(heldInMemory);
        assertThat(processed.stored(meeting, "k-2")).isNull();
        Recorded recorded = send(document("k-2", "CCM/MSP/2024/2", null));
        assertThat(recorded.sequence()).isEqualTo(3);
        assertThat(processed.stored(meeting, "k-2").recorded()).isEqualTo(recorded);
    }

    @Test
    void aKeyWhoseEventsACrashLostIsACommandNeverAnswered() {
        // what a crash after the key and before the events leaves: the key, pointing at an event never stored
        database.getCollection(ProcessedCommands.COLLECTION).insertOne(new Document("meeting", meeting).append("key", "k-1")
                .append("digest", "0").append("eventId", "lost-" + UUID.randomUUID()).append("sequence", 1L));
        assertThat(processed.find(meeting, "k-1")).isNull();
        Recorded recorded = send(document("k-1", "CCM/MSP/2024/1", null));
        assertThat(recorded.sequence()).isEqualTo(1);
        assertThat(send(document("k-1", "CCM/MSP/2024/1", null))).isEqualTo(recorded);
        assertThat(processed.stored(meeting, "k-1").recorded()).isEqualTo(recorded);
        assertThat(events()).isEqualTo(2);
    }

    @Test
    void aStoreWrittenBeforeTheCollectionExistedHasItsKeysMadeFromItsEvents() {
        // events as the aggregate recorded them before: the command id and the action's fingerprint in their metadata
        eventStore.publish(new GenericDomainEventMessage<>("MeetingAggregate", meeting, 1, submitted("CCM/MSP/2024/1"),
                MetaData.with(LoggingMetadata.COMMAND_ID, "old-1").and(CommandDigest.METADATA_KEY, CommandDigest.byClassName(submitted("CCM/MSP/2024/1")))));
        eventStore.publish(new GenericDomainEventMessage<>("MeetingAggregate", meeting, 2, submitted("CCM/MSP/2024/2"),
                MetaData.with(LoggingMetadata.COMMAND_ID, "older-2")));
        MongoCollection<Document> keys = database.getCollection(ProcessedCommands.COLLECTION);
        keys.deleteMany(new Document("meeting", meeting));
        keys.deleteOne(new Document("_id", "made-from-events"));

        new ProcessedCommands(database, database.getCollection("domainevents"));

        assertThat(processed.stored(meeting, "old-1")).as("made from %s", database.getCollection("domainevents")
                .find(new Document("aggregateIdentifier", meeting).append("sequenceNumber", 1L)).first()).isNotNull();
        assertThat(send(document("old-1", "CCM/MSP/2024/1", null)).sequence()).isEqualTo(1);
        assertThatThrownBy(() -> send(document("old-1", "CCM/MSP/2024/3", null))).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(send(document("older-2", "CCM/MSP/2024/2", null)).sequence()).isEqualTo(2);
        assertThat(processed.find(meeting, "convene").recorded().sequence()).isZero();
        assertThat(events()).isEqualTo(3);
    }

    @Test
    void aKeyKeptWithTheFingerprintByClassNameIsStillHonoured() {
        Recorded recorded = send(document("k-1", "CCM/MSP/2024/1", null));
        String now = processed.stored(meeting, "k-1").digest();
        String before = CommandDigest.byClassName(submitted("CCM/MSP/2024/1"));
        assertThat(now).as("the fingerprint covers the kind's public name, not its Java class").isEqualTo(CommandDigest.of(submitted("CCM/MSP/2024/1")))
                .isNotEqualTo(before);
        // the key as kept before 2 December
        database.getCollection(ProcessedCommands.COLLECTION).updateOne(new Document("meeting", meeting).append("key", "k-1"),
                new Document("$set", new Document("digest", before)));

        assertThat(send(document("k-1", "CCM/MSP/2024/1", null))).isEqualTo(recorded);
        assertThatThrownBy(() -> send(document("k-1", "CCM/MSP/2024/3", null))).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(events()).isEqualTo(2);
    }

    @Test
    void whatACommandsAnswerAcknowledgesIsOnTheDiskWithItsKey(@TempDir Path copy) throws Exception {
        Recorded recorded = send(document("k-1", "CCM/MSP/2024/1", null));
        // the file as a kill -9 right after the answer would leave it
        Files.copy(DATA.resolve(EmbeddedMongoStore.FILE_NAME), copy.resolve(EmbeddedMongoStore.FILE_NAME));
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(copy);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase kept = client.getDatabase(database.getName());
            assertThat(kept.getCollection("domainevents").countDocuments(new Document("eventIdentifier", recorded.eventId()))).isOne();
            Document key = kept.getCollection(ProcessedCommands.COLLECTION).find(new Document("meeting", meeting).append("key", "k-1")).first();
            assertThat(key).isNotNull();
            assertThat(key.getString("eventId")).isEqualTo(recorded.eventId());
        }
    }

    @Test
    void twoRequestsWithOneKeyAtOnceRecordOneActionAndGetOneAnswer() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String key = "k-at-once-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Recorded>> answers = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    answers.add(clients.submit(() -> {
                        start.await();
                        return send(document(key, "CCM/MSP/2024/" + key, null));
                    }));
                }
                start.countDown();
                Recorded first = answers.get(0).get();
                for (Future<Recorded> answer : answers) {
                    assertThat(answer.get()).isEqualTo(first);
                }
            }
        } finally {
            clients.shutdown();
        }
        assertThat(events()).isEqualTo(6);
    }

    @Test
    void randomRetriesAreAnsweredAsTheFirstTime() {
        Random random = new Random(7);
        Map<String, Recorded> byKey = new HashMap<>();
        int retries = 0;
        for (int i = 0; i < 60; i++) {
            if (!byKey.isEmpty() && random.nextInt(4) == 0) {
                String key = new ArrayList<>(byKey.keySet()).get(random.nextInt(byKey.size()));
                assertThat(send(document(key, "CCM/MSP/2024/" + key, null))).as("retry of %s", key).isEqualTo(byKey.get(key));
                retries++;
            } else {
                String key = "r-" + i;
                byKey.put(key, send(document(key, "CCM/MSP/2024/" + key, null)));
            }
        }
        assertThat(retries).isPositive();
        assertThat(events()).isEqualTo(1 + byKey.size());
    }

    private Recorded send(Object command) {
        String key = command instanceof RecordAction r ? r.commandId() : ((ConveneMeeting) command).commandId();
        return commands.sendAndWait(Logging.command(command, "test", key));
    }

    private RecordAction document(String key, String symbol, Long expectedVersion) {
        return new RecordAction(meeting, key, expectedVersion, submitted(symbol));
    }

    private static MeetingEvent submitted(String symbol) {
        return new DocumentSubmitted(MeetingMoment.outsidePlenary(DAY), DocumentSymbol.of(symbol), "Information note", "Implementation Support Unit",
                DocumentKind.INFO);
    }

    private long events() {
        return database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", meeting));
    }

    private String firstEventId() {
        return database.getCollection("domainevents").find(new Document("aggregateIdentifier", meeting).append("sequenceNumber", 0L))
                .first().getString("eventIdentifier");
    }
}
