package org.rapporteur.command.bench;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.command.CommandSideApplication;
import org.rapporteur.command.http.Logging;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.MeetingConfiguration;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.eventstore.EventStoreConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Command throughput into one meeting with 100, 1,000 and 10,000 prior events, against the raw driver's
 * {@code insertOne} of the same event documents on the same embedded server, in the same run; each chunk of commands
 * is timed twice, acknowledged once the store has committed and synced it (as always now) and acknowledged before
 * (as before the durability change), and the raw inserts likewise with and without the journal. Run it with
 * {@code mvn -q -B verify -pl command-side -am -Pbench}; it writes docs/benchmarks.md.
 */
class CommandThroughputBenchmark {

    private static final int[] PRIOR = {100, 1_000, 10_000};
    private static final int BATCH = 300;
    private static final int WRITERS = 4;
    private static final int CONCURRENT = Integer.getInteger("bench.concurrent", 1_000);
    private static final int CHUNK = 50;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 12);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 30_000);
    private static final LocalDate DAY = LocalDate.of(2024, 9, 10);

    private CommandGateway commands;
    private MongoDatabase database;
    private ThreadPoolExecutor snapshots;
    private EmbeddedMongoStore store;
    private final AtomicLong commandIds = new AtomicLong();
    private final Set<String> indexed = new HashSet<>();

    @Test
    void commandThroughput() throws IOException {
        Path data = Files.createTempDirectory("rapporteur-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandSideApplication.class)
                .web(WebApplicationType.NONE)
                .run("--rapporteur.mongo.data=" + data, "--logging.level.root=WARN")) {
            commands = context.getBean(CommandGateway.class);
            database = context.getBean(MongoDatabase.class);
            Cache cache = context.getBean(MeetingConfiguration.CACHE, Cache.class);
            EventStore eventStore = context.getBean(EventStore.class);
            snapshots = context.getBean(MeetingConfiguration.SNAPSHOT_THREAD, ThreadPoolExecutor.class);
            store = context.getBean(EventStoreConfiguration.EmbeddedStoreHolder.class).store();
            warmUp();

            Map<Integer, Level> levels = new LinkedHashMap<>();
            for (int prior : PRIOR) {
                levels.put(prior, new Level());
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int prior : PRIOR) {
                    String meeting = "bench-" + prior + "-" + round;
                    convene(meeting);
                    record(meeting, prior - 1 - CHUNK);
                    awaitSnapshots();
                    record(meeting, CHUNK);
                    rawInsertNanos(meeting, prior - CHUNK, prior, "bench_raw_" + prior, false);
                    for (int from = prior; from < prior + BATCH; from += 2 * CHUNK) {
                        store.syncWrites(false);
                        long start = System.nanoTime();
                        record(meeting, CHUNK);
                        long beforeNanos = System.nanoTime() - start;
                        store.syncWrites(true);
                        start = System.nanoTime();
                        record(meeting, CHUNK);
                        long commandNanos = System.nanoTime() - start;
                        levels.get(prior).add(commandNanos, beforeNanos,
                                rawInsertNanos(meeting, from, from + CHUNK, "bench_raw_" + prior, false),
                                rawInsertNanos(meeting, from + CHUNK, from + 2 * CHUNK, "bench_rawj_" + prior, true));
                    }
                }
            }

            List<String> rows = new ArrayList<>();
            for (int prior : PRIOR) {
                String meeting = "bench-" + prior + "-" + (ROUNDS - 1);
                cache.removeAll();
                long coldStart = System.nanoTime();
                record(meeting, 1);
                double coldMillis = (System.nanoTime() - coldStart) / 1e6;
                long replayStart = System.nanoTime();
                long events = eventStore.readEvents(meeting, 0L).asStream().count();
                double replayMillis = (System.nanoTime() - replayStart) / 1e6;
                Level level = levels.get(prior);
                rows.add(String.format(Locale.ROOT, "| %,d | %,.0f | %,.0f | %,.0f | %,.0f | **%.2f** | %.2f | %.2f | %.2f (%.2f–%.2f) | %.1f | %,d events in %.0f ms |",
                        prior, level.rate(level.commandNanos), level.rate(level.beforeNanos), level.rate(level.rawNanos),
                        level.rate(level.journaledNanos), level.commandRate() / level.rawRate(),
                        level.rate(level.beforeNanos) / level.rawRate(), level.commandRate() / level.rate(level.journaledNanos),
                        level.ratioAt(0.5), level.ratioAt(0.1), level.ratioAt(0.9), coldMillis, events, replayMillis));
                System.out.println(rows.get(rows.size() - 1));
            }
            String concurrent = concurrent(false) + "\n" + concurrent(true);
            System.out.println(concurrent);
            String configuration = "meetings cached in Axon's " + cache.getClass().getSimpleName() + ", snapshots by its "
                    + context.getBean(MeetingConfiguration.SNAPSHOT_TRIGGER).getClass().getSimpleName() + " every "
                    + context.getEnvironment().getProperty("rapporteur.snapshot-every", "100") + " events";
            System.out.println(configuration);
            write(rows, concurrent, configuration);
        }
    }

    /**
     * {@link #WRITERS} threads logging into meetings of their own at once, acknowledged after the commit or before:
     * concurrent commands share the store's commits.
     */
    private String concurrent(boolean sync) {
        store.syncWrites(sync);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<String> meetings = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String meeting = "bench-concurrent-" + sync + "-" + w;
                convene(meeting);
                meetings.add(meeting);
            }
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String meeting : meetings) {
                done.add(writers.submit(() -> record(meeting, CONCURRENT)));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "| %s | %d | %,.0f |", sync ? "after the commit (now)" : "before the commit (before)",
                    WRITERS, WRITERS * CONCURRENT / seconds);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            writers.shutdown();
            store.syncWrites(true);
        }
    }

    /** One level of prior events: command and raw-insert times of each timed chunk. */
    private static final class Level {
        private long commandNanos;
        private long beforeNanos;
        private long rawNanos;
        private long journaledNanos;
        private int chunks;
        private final List<Double> ratios = new ArrayList<>();

        void add(long commandNanos, long beforeNanos, long rawNanos, long journaledNanos) {
            this.commandNanos += commandNanos;
            this.beforeNanos += beforeNanos;
            this.rawNanos += rawNanos;
            this.journaledNanos += journaledNanos;
            chunks++;
            ratios.add((double) rawNanos / commandNanos);
        }

        double rate(long nanos) {
            return chunks * CHUNK / (nanos / 1e9);
        }

        double commandRate() {
            return rate(commandNanos);
        }

        double rawRate() {
            return rate(rawNanos);
        }

        double ratioAt(double quantile) {
            List<Double> sorted = ratios.stream().sorted().toList();
            return sorted.get((int) Math.round(quantile * (sorted.size() - 1)));
        }
    }

    /** The meeting just brought to its prior events may still be snapshotted: not part of what is timed. */
    private void awaitSnapshots() {
        while (snapshots.getActiveCount() > 0 || !snapshots.getQueue().isEmpty()) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private void warmUp() {
        convene("bench-warm-up");
        record("bench-warm-up", WARM_UP);
        rawInsertNanos("bench-warm-up", 1, WARM_UP, "bench_raw_warm_up", false);
    }

    private void convene(String meeting) {
        MeetingConvened convened = new MeetingConvened(MeetingMoment.outsidePlenary(DAY.minusYears(1)),
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
                12, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "Switzerland"),
                DAY, DAY.plusDays(3), "CCM/MSP/2024", null, null, null);
        commands.sendAndWait(Logging.command(new ConveneMeeting(meeting, meeting + "/0", convened), "bench", meeting + "/0"));
    }

    /** Logs {@code count} documents, one command each, as the secretariat's console does. */
    private void record(String meeting, int count) {
        for (int i = 0; i < count; i++) {
            long number = commandIds.incrementAndGet();
            String commandId = meeting + "/" + number;
            DocumentSubmitted document = new DocumentSubmitted(MeetingMoment.outsidePlenary(DAY),
                    DocumentSymbol.of("CCM/MSP/2024/INF." + number), "Information note " + number, "Implementation Support Unit",
                    DocumentKind.INFO);
            commands.sendAndWait(Logging.command(new RecordAction(meeting, commandId, null, document), "bench", commandId));
        }
    }

    /** The same event documents, inserted one by one into a collection indexed like the event store's. */
    private long rawInsertNanos(String meeting, long fromSequence, long toSequence, String collectionName, boolean journaled) {
        MongoCollection<Document> events = database.getCollection("domainevents");
        List<Document> documents = new ArrayList<>();
        events.find(new Document("aggregateIdentifier", meeting)
                        .append("sequenceNumber", new Document("$gte", fromSequence).append("$lt", toSequence)))
                .sort(Sorts.ascending("sequenceNumber"))
                .forEach(d -> {
                    d.remove("_id");
                    documents.add(d);
                });
        if (documents.size() != toSequence - fromSequence) {
            throw new IllegalStateException("expected " + (toSequence - fromSequence) + " events of " + meeting + ", found " + documents.size());
        }
        MongoCollection<Document> raw = database.getCollection(collectionName)
                .withWriteConcern(journaled ? WriteConcern.JOURNALED : WriteConcern.ACKNOWLEDGED);
        if (indexed.add(collectionName)) {
            raw.createIndex(new Document("aggregateIdentifier", 1).append("sequenceNumber", 1), new IndexOptions().unique(true));
            raw.createIndex(new Document("eventIdentifier", 1), new IndexOptions().unique(true));
            raw.createIndex(new Document("timestamp", 1).append("sequenceNumber", 1));
        }
        long start = System.nanoTime();
        documents.forEach(raw::insertOne);
        return System.nanoTime() - start;
    }

    private void write(List<String> rows, String concurrent, String configuration) throws IOException {
        String report = System.getProperty("rapporteur.bench.report");
        if (report == null) {
            return;
        }
        Path file = Path.of(report);
        String section = """
                ## Command throughput

                Commands per second logged into one meeting (each a `RecordAction` of a document through the command
                gateway: rules, moment defaults, idempotency bookkeeping, Jackson serialization, one append) against
                the raw MongoDB driver's `insertOne` of the same event documents into a collection with the event
                store's indexes, on the same embedded server (mongo-java-server, H2 backend), in the same run.
                Since the durability change an append is acknowledged only once the store has committed and synced it
                (the events' collection asks for the journal, `j: true`; the store's group commit). Each chunk of
                commands is timed both ways in the same run: **after** (acknowledged once on the disk, as now) and
                **before** (acknowledged before the commit, as before the change; the store's `syncWrites(false)`,
                used by this benchmark only). The raw inserts are timed both ways too: plain (`w: 1`, the baseline of
                the ratio, as before) and journaled (`j: true`).
                After a warm-up of %,d commands and raw inserts, %d rounds; in each round, for each level, a new
                meeting is brought to that many prior events (its snapshots done, and one untimed chunk of commands
                and raw inserts while the store writes out the preparation), then %,d commands are timed in chunks of
                %d, alternating before / after, each pair followed by the raw inserts of the same documents, so that
                pauses of the machine fall on all alike. Rates are totals over the rounds; the chunk ratios are the
                median (10th–90th percentile) of the timed chunks' ratios (after against plain raw). Cold load: one
                command right after the aggregate cache was emptied. Full replay: reading the whole stream from
                sequence 0, which no command does.

                | Prior events | Commands/s after | Commands/s before | Raw insertOne/s | Raw journaled insertOne/s | Ratio after | Ratio before | After against journaled raw | Chunk ratios (after) | Cold load (ms) | Full replay |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                %s

                Concurrent writers (%d threads, %,d commands each, into meetings of their own): durable
                acknowledgements share the store's commits (group commit), so that the rate holds with more writers.

                | Acknowledged | Writers | Commands/s |
                |---|---:|---:|
                %s

                Measured on %s, %d cores, Java %s, by `mvn -q -B verify -pl command-side -am -Pbench`
                (`CommandThroughputBenchmark`), %s. Target: ratio at least 0.5, no drop as the stream grows.
                """.formatted(WARM_UP, ROUNDS, BATCH, CHUNK, String.join("\n", rows), WRITERS, CONCURRENT, concurrent,
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), configuration);
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int start = existing.indexOf("## Command throughput");
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int next = existing.indexOf("\n## ", start + 1);
            updated = existing.substring(0, start) + section + (next < 0 ? "" : "\n" + existing.substring(next + 1));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, updated);
    }
}
