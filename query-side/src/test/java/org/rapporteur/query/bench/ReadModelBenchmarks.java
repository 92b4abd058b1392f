package org.rapporteur.query.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.rapporteur.events.EventJson;
import org.rapporteur.bench.BothSides;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.eventstore.embedded.GroupCommit;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.ScriptedMeetings;
import org.rapporteur.query.SseClient;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.TwelfthMeeting;
import org.rapporteur.query.live.LiveFeed;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.MeetingProjector;
import org.rapporteur.query.report.render.MarkdownRenderer;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.ReportJson;
import org.rapporteur.query.rebuild.ProjectionRebuild;
import org.rapporteur.query.rebuild.RebuildProgress;
import org.rapporteur.query.rebuild.StoredStreams;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * The read-model benchmarks of docs/benchmarks.md: live latency, rebuild speed against a raw scan, SSE fan-out.
 * Run: {@code mvn -q -B -pl query-side -am -Pbench test-compile} (arguments: {@code -Dbench.args="live rebuild fanout"};
 * {@code -Dbench.rebuild.back-to-back=true}: each round's rebuild timed again right after itself, to tell the JIT's share;
 * {@code caches}: the live path with and without the caches it keeps, {@link LiveCaches}).
 */
public final class ReadModelBenchmarks {

    private static final int LIVE_WARM_UP = 500;
    /** {@code -Dbench.live.commands=3000}: a longer meeting, to see how latency grows with it. */
    private static final int LIVE_COMMANDS = Integer.getInteger("bench.live.commands", 1_000);
    private static final int LIVE_STRETCH = 500;
    private static final int REBUILD_MEETINGS = 100;
    private static final int REBUILD_EVENTS_PER_MEETING = 1_000;
    private static final int REBUILD_WARM_UPS = Integer.getInteger("bench.rebuild.warm-ups", 2);
    private static final int REBUILD_ROUNDS = Integer.getInteger("bench.rebuild.rounds", 5);
    private static final boolean REBUILD_BACK_TO_BACK = Boolean.getBoolean("bench.rebuild.back-to-back");
    private static final int SUBSCRIBERS = 500;
    private static final int FANOUT_COMMANDS = 100;

    public static void main(String[] args) throws Exception {
        List<String> sections = args.length == 0 ? List.of("live", "rebuild", "fanout") : Arrays.asList(args);
        System.out.printf("%nRead-model benchmarks (%d cores, Java %s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try {
            if (sections.contains("live")) live();
            if (sections.contains("rebuild")) rebuild();
            if (sections.contains("fanout")) fanOut();
            if (sections.contains("caches")) LiveCaches.compare();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * 1,000 commands, one at a time: accepted -> stored in the read models, and -> received on an SSE connection; after
     * 500 into another meeting, so that what is measured is a running server, not the JIT compiler's first minutes.
     */
    static void live() throws Exception {
        ConfigurableApplicationContext app = bothSides("bench-live");
        try {
            double[][] cold = logOneAtATime(app, "ccm-warm-up", LIVE_WARM_UP);
            double[][] latencies = logOneAtATime(app, "ccm-live", LIVE_COMMANDS);
            double[] visible = latencies[0];
            double[] delivered = latencies[1];
            System.out.printf("%n## Live latency (%d commands into one meeting, one at a time, after %d into another; embedded store, both sides in one JVM)%n",
                    LIVE_COMMANDS, LIVE_WARM_UP);
            System.out.printf("accepted -> visible in read model : p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(visible, 50), percentile(visible, 99), percentile(visible, 100));
            System.out.printf("accepted -> delivered on SSE      : p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(delivered, 50), percentile(delivered, 99), percentile(delivered, 100));
            for (int from = 0; from < LIVE_COMMANDS; from += LIVE_STRETCH) {
                int to = Math.min(LIVE_COMMANDS, from + LIVE_STRETCH);
                System.out.printf("commands %,d-%,d of the meeting: visible p50 %.1f / p99 %.1f ms, delivered p50 %.1f / p99 %.1f ms%n", from + 1, to,
                        percentile(Arrays.copyOfRange(visible, from, to), 50), percentile(Arrays.copyOfRange(visible, from, to), 99),
                        percentile(Arrays.copyOfRange(delivered, from, to), 50), percentile(Arrays.copyOfRange(delivered, from, to), 99));
            }
            System.out.printf("the warm-up, from a cold JVM       : visible p50 %.1f ms, p99 %.1f ms; delivered p50 %.1f ms, p99 %.1f ms%n",
                    percentile(cold[0], 50), percentile(cold[0], 99), percentile(cold[1], 50), percentile(cold[1], 99));
        } finally {
            app.close();
        }
    }

    /** Convenes a meeting and logs {@code count} actions one at a time; milliseconds from accepted to visible, and to delivered. */
    static double[][] logOneAtATime(ConfigurableApplicationContext app, String meeting, int count) throws Exception {
        CommandGateway commands = app.getBean(CommandGateway.class);
        Map<Long, Long> visibleAt = convene(app, meeting);
        Map<Long, Long> deliveredAt = new ConcurrentHashMap<>();
        try (SseClient sse = SseClient.open(HttpClient.newHttpClient(), url(app, "/api/meetings/" + meeting + "/stream"),
                e -> deliveredAt.put(Long.parseLong(e.id()), e.receivedNanos()))) {
            waitFor(() -> sse.status() == 200);
            List<String> ids = new ArrayList<>(List.of("e0"));
            long[] accepted = new long[count + 1];
            for (int n = 1; n <= count; n++) {
                MeetingEvent action = ScriptedMeetings.action(n, k -> ids.get((int) k));
                commands.sendAndWait(new RecordAction(meeting, null, null, action));
                accepted[n] = System.nanoTime();
                long sequence = n;
                awaitKey(visibleAt, sequence);
                awaitKey(deliveredAt, sequence);
                ids.add(app.getBean(org.rapporteur.query.projection.ReadModelStore.class).timelineAfter(meeting, n - 1).get(0).eventId());
            }
            double[] visible = new double[count];
            double[] delivered = new double[count];
            for (int n = 1; n <= count; n++) {
                visible[n - 1] = Math.max(0, visibleAt.get((long) n) - accepted[n]) / 1e6;
                delivered[n - 1] = Math.max(0, deliveredAt.get((long) n) - accepted[n]) / 1e6;
            }
            return new double[][]{visible, delivered};
        }
    }

    /** 100,000 events in 100 meetings: a raw driver scan of the events collection, then a rebuild of every read model. */
    static void rebuild() throws Exception {
        Path data = Files.createTempDirectory("bench-rebuild");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data)) {
            ConfigurableApplicationContext app = QuerySides.start(store, "bench");
            try {
                // no processor reads while the events are written; the rebuild restarts those it rebuilds
                app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
                List<String> meetings = IntStream.range(0, REBUILD_MEETINGS).mapToObj(i -> "ccm-" + i).toList();
                long written = System.nanoTime();
                try (StoreWriter writer = new StoreWriter(store.connectionString())) {
                    writer.log(meetings, REBUILD_EVENTS_PER_MEETING, 100);
                }
                double writeSeconds = (System.nanoTime() - written) / 1e9;
                long total = (long) REBUILD_MEETINGS * REBUILD_EVENTS_PER_MEETING;

                System.out.printf("%n## Rebuild (%,d events in %d meetings, embedded store; written in %.1f s)%n", total, REBUILD_MEETINGS, writeSeconds);
                System.out.println("round | raw scan (median of 3) | scan + Jackson | reading alone | reading + draft report | rebuild | rebuild / raw | reading alone / raw"
                        + " | CPU µs per event: raw scan, reading alone, reading + report, rebuild (JIT compiling: reading + report, rebuild)"
                        + " | floor CPU / rebuild CPU");
                scanRate(store);
                ProjectionRebuild rebuild = app.getBean(ProjectionRebuild.class);
                List<Double> raws = new ArrayList<>();
                List<Double> readings = new ArrayList<>();
                List<Double> floors = new ArrayList<>();
                List<Double> rebuilds = new ArrayList<>();
                List<Double> cpuRatios = new ArrayList<>();
                for (int round = 1 - REBUILD_WARM_UPS; round <= REBUILD_ROUNDS; round++) {
                    List<Rate> scans = List.of(scanRate(store), scanRate(store), scanRate(store));
                    Rate raw = scans.stream().sorted(Comparator.comparingDouble(Rate::eventsPerSecond)).toList().get(1);
                    Rate deserializing = deserializingScanRate(store);
                    Rate reading = readingRate(store, false);
                    Rate readingAndReport = readingRate(store, true);
                    Rate rebuilt = timedRebuild(store, rebuild, total);
                    if (REBUILD_BACK_TO_BACK) {
                        // the JIT's share when the rebuild follows a rebuild rather than the floor's scans (not in the medians)
                        Rate first = rebuilt;
                        rebuilt = timedRebuild(store, rebuild, total);
                        System.out.printf("  (rebuild right after the floor: %,.0f events/s, CPU %.1f µs per event, JIT compiling %.1f)%n",
                                first.eventsPerSecond(), first.cpuMicrosPerEvent(), first.compilingMicrosPerEvent());
                    }
                    String label = round < 1 ? "warm-up " + (round + REBUILD_WARM_UPS) : String.valueOf(round);
                    System.out.printf("%s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f (%.1f s) | %.2f | %.2f | %.1f, %.1f, %.1f, %.1f (%.1f, %.1f) | %.2f%n", label,
                            raw.eventsPerSecond(), deserializing.eventsPerSecond(), reading.eventsPerSecond(), readingAndReport.eventsPerSecond(),
                            rebuilt.eventsPerSecond(), total / rebuilt.eventsPerSecond(),
                            rebuilt.eventsPerSecond() / raw.eventsPerSecond(), reading.eventsPerSecond() / raw.eventsPerSecond(),
                            raw.cpuMicrosPerEvent(), reading.cpuMicrosPerEvent(), readingAndReport.cpuMicrosPerEvent(), rebuilt.cpuMicrosPerEvent(),
                            readingAndReport.compilingMicrosPerEvent(), rebuilt.compilingMicrosPerEvent(),
                            readingAndReport.cpuMicrosPerEvent() / rebuilt.cpuMicrosPerEvent());
                    if (round < 1) {
                        continue;
                    }
                    raws.add(raw.eventsPerSecond());
                    readings.add(reading.eventsPerSecond());
                    floors.add(readingAndReport.eventsPerSecond());
                    rebuilds.add(rebuilt.eventsPerSecond());
                    cpuRatios.add(readingAndReport.cpuMicrosPerEvent() / rebuilt.cpuMicrosPerEvent());
                }
                System.out.printf("medians: raw scan %,.0f, reading alone %,.0f, reading + report %,.0f, rebuild %,.0f events/s;"
                                + " rebuild / raw %.2f, reading alone / raw %.2f, reading + report / raw %.2f%n",
                        median(raws), median(readings), median(floors), median(rebuilds),
                        median(rebuilds) / median(raws), median(readings) / median(raws), median(floors) / median(raws));
                double ofFloor = median(rebuilds) / median(floors);
                System.out.printf("Target: rebuild at least 0.5 of the floor (reading + draft report, nothing stored): %.2f, %s"
                                + " (floor CPU / rebuild CPU per event, median: %.2f)%n",
                        ofFloor, ofFloor >= 0.5 ? "met" : "not met", median(cpuRatios));
            } finally {
                app.close();
            }
        }
    }

    private static Rate timedRebuild(EmbeddedMongoStore store, ProjectionRebuild rebuild, long total) throws InterruptedException {
        GroupCommit.Times before = store.commitTimes();
        Rate.Timer timer = new Rate.Timer();
        rebuild.start();
        RebuildProgress progress = rebuild.await(Duration.ofHours(1));
        if (progress.state() != RebuildProgress.State.DONE || progress.position() != total) {
            throw new IllegalStateException("rebuild did not finish: " + progress);
        }
        Rate timed = timer.stop(total);
        GroupCommit.Times after = store.commitTimes();
        System.out.printf("  (the store's commits during the rebuild: %d, holding writers back %.0f ms in all, longest %.0f ms so far;"
                        + " write commands waited %.0f ms in all)%n", after.commits() - before.commits(),
                (after.heldNanos() - before.heldNanos()) / 1e6, after.longestHeldNanos() / 1e6,
                (after.waitedNanos() - before.waitedNanos()) / 1e6);
        return new Rate(progress.eventsPerSecond(), timed.cpuMicrosPerEvent(), timed.compilingMicrosPerEvent());
    }

    /** A raw driver scan of the events collection, nothing decoded beyond the driver's documents. */
    private static Rate scanRate(EmbeddedMongoStore store) {
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            Rate.Timer timer = new Rate.Timer();
            long count = 0;
            for (Document ignored : client.getDatabase("rapporteur").getCollection("domainevents").find().batchSize(1000)) {
                count++;
            }
            return timer.stop(count);
        }
    }

    /** A raw scan that also reads each payload with Jackson, on one thread. */
    private static Rate deserializingScanRate(EmbeddedMongoStore store) throws Exception {
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            ObjectMapper json = EventJson.mapper();
            Rate.Timer timer = new Rate.Timer();
            long count = 0;
            for (Document event : client.getDatabase("rapporteur").getCollection("domainevents").find().batchSize(1000)) {
                json.readValue(event.getString("serializedPayload"), Class.forName(event.getString("payloadType")));
                count++;
            }
            return timer.stop(count);
        }
    }

    /**
     * What a rebuild reads, as it reads it (a query per meeting, each stream deserialized on one of two threads), projecting
     * nothing, or only generating each meeting's draft report (its model and Markdown): the least a rebuild does.
     */
    private static Rate readingRate(EmbeddedMongoStore store, boolean report) throws Exception {
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            StoredStreams streams = new StoredStreams(client.getDatabase("rapporteur").getCollection("domainevents"), EventJson.mapper());
            ReportGenerator reports = new ReportGenerator();
            MarkdownRenderer markdown = new MarkdownRenderer();
            ExecutorService readers = Executors.newFixedThreadPool(2);
            try {
                Rate.Timer timer = new Rate.Timer();
                List<Future<Integer>> reads = new ArrayList<>();
                streams.forEachMeeting((meeting, stored) -> reads.add(readers.submit(() -> {
                    List<RecordedEvent> events = streams.events(stored);
                    if (report) {
                        ReportDocument document = reports.generate(new MeetingHistory(meeting, events));
                        markdown.render(document);
                        ReportJson.write(document, false);
                    }
                    return events.size();
                })));
                long count = 0;
                for (Future<Integer> read : reads) {
                    count += read.get();
                }
                return timer.stop(count);
            } finally {
                readers.shutdown();
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * 500 SSE subscribers on one meeting; 100 commands at 20 per second; every subscriber must receive every event.
     * Measured after the same round on another meeting (printed too), so that it is a running server's figure.
     */
    static void fanOut() throws Exception {
        ConfigurableApplicationContext app = bothSides("bench-fanout");
        try {
            FanOut cold = fanOutRound(app, "ccm-fanout-warm-up");
            FanOut measured = fanOutRound(app, "ccm-fanout");
            System.out.printf("%n## SSE fan-out (%d subscribers on one meeting, %d commands at 20/s, after the same round on another meeting)%n",
                    SUBSCRIBERS, FANOUT_COMMANDS);
            System.out.printf("subscribers that received every event once, in order: %d of %d%n", measured.complete(), SUBSCRIBERS);
            System.out.printf("accepted -> delivered (%,d deliveries): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", measured.latencies().length,
                    percentile(measured.latencies(), 50), percentile(measured.latencies(), 99), percentile(measured.latencies(), 100));
            System.out.printf("the warm-up round, from a cold JVM: %d of %d complete; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    cold.complete(), SUBSCRIBERS, percentile(cold.latencies(), 50), percentile(cold.latencies(), 99), percentile(cold.latencies(), 100));
        } finally {
            app.close();
        }
    }

    /** How many subscribers received every event once and in order, and every delivery's latency in milliseconds. */
    private record FanOut(int complete, double[] latencies) {
    }

    private static FanOut fanOutRound(ConfigurableApplicationContext app, String meeting) throws Exception {
        CommandGateway commands = app.getBean(CommandGateway.class);
        convene(app, meeting);
        try (SseCrowd crowd = new SseCrowd(url(app, "/api/meetings/" + meeting + "/stream"), SUBSCRIBERS)) {
            List<SseCrowd.Subscriber> subscribers = crowd.subscribers();
            waitFor(() -> subscribers.stream().allMatch(s -> s.status == 200));
            waitFor(() -> app.getBean(LiveFeed.class).subscriberCount(meeting) == SUBSCRIBERS);
            long[] accepted = new long[FANOUT_COMMANDS + 1];
            long next = System.nanoTime();
            for (int n = 1; n <= FANOUT_COMMANDS; n++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += 50_000_000L;
                MeetingEvent action = n % 10 == 4 || n % 10 == 7
                        ? TwelfthMeeting.document(n / 50 + 1, "CCM/MSP/2024/INF." + n, "Note " + n)
                        : ScriptedMeetings.action(n, k -> "none");
                commands.sendAndWait(new RecordAction(meeting, null, null, action));
                accepted[n] = System.nanoTime();
            }
            waitFor(() -> subscribers.stream().allMatch(s -> s.received().size() >= FANOUT_COMMANDS));
            List<Double> latencies = new ArrayList<>();
            int complete = 0;
            List<Long> expected = IntStream.rangeClosed(1, FANOUT_COMMANDS).mapToObj(i -> (long) i).toList();
            for (SseCrowd.Subscriber subscriber : subscribers) {
                List<SseCrowd.Received> received = subscriber.received();
                if (received.stream().map(SseCrowd.Received::id).toList().equals(expected)) {
                    complete++;
                }
                for (SseCrowd.Received event : received) {
                    latencies.add(Math.max(0, event.nanos() - accepted[(int) event.id()]) / 1e6);
                }
            }
            return new FanOut(complete, latencies.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** The command side and the query side in one process, on a fresh embedded store, without sign-in. */
    static ConfigurableApplicationContext bothSides(String name, String... properties) throws IOException {
        Path data = Files.createTempDirectory(name);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--rapporteur.mongo.data=" + data,
                "--logging.level.root=WARN", "--rapporteur.security.enabled=false"));
        args.addAll(Arrays.asList(properties));
        return new SpringApplicationBuilder(BothSides.class).run(args.toArray(String[]::new));
    }

    /** Convenes the meeting; returns when each of its sequence numbers became visible in the read models. */
    private static Map<Long, Long> convene(ConfigurableApplicationContext app, String meeting) throws InterruptedException {
        Map<Long, Long> visibleAt = new ConcurrentHashMap<>();
        app.getBean(MeetingProjector.class).onProjected(p -> {
            if (p.meetingId().equals(meeting)) {
                visibleAt.putIfAbsent(p.entry().sequence(), System.nanoTime());
            }
        });
        app.getBean(CommandGateway.class).sendAndWait(new ConveneMeeting(meeting, null, TwelfthMeeting.convening()));
        awaitKey(visibleAt, 0L);
        return visibleAt;
    }

    private static String url(ConfigurableApplicationContext app, String path) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path;
    }

    private static void awaitKey(Map<Long, Long> map, long key) throws InterruptedException {
        waitFor(() -> map.containsKey(key));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.onSpinWait();
            Thread.sleep(0, 100_000);
        }
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
