package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standalone jar as a child process, killed with {@code kill -9} at a random moment of bursts of writes from
 * several threads, then started again: every write it acknowledged (201) is in the store with its event id and
 * sequence number, and the views equal the meeting folded afresh from its stream, and a rebuild at the end changes
 * nothing. {@code -Drapporteur.crash.kills=10} for the longer run (5 by default); figures in docs/durability.md.
 */
class StandaloneCrashIT {

    private static final int KILLS = Integer.getInteger("rapporteur.crash.kills", 5);
    private static final int WRITERS = 4;
    private static final int WARM = 40;
    private static final List<String> MEETINGS = List.of("crash-a", "crash-b");
    private static final List<String> VIEWS = List.of("agenda", "officers", "participants", "documents", "decisions", "coordinators");
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (?:\\(s\\): )?(\\d+)");
    private static final String[] USERS = {
            "--rapporteur.security.users[0].name=" + TestUsers.SECRETARY,
            "--rapporteur.security.users[0].password-hash=$2a$04$cpWT.HS4smh5OuzzqtjZ3ehrl65GKptlPMZ.0j/nsKSxlHydueccO",
            "--rapporteur.security.users[0].roles=SECRETARIAT",
            "--rapporteur.security.users[1].name=" + TestUsers.READER,
            "--rapporteur.security.users[1].password-hash=$2a$04$GmwCxD9YbwQD6s6C3IwKEOJpuKKjTRnpkU.TIYoy5YUNDymfvHg/m",
            "--rapporteur.security.users[1].roles=READER"};

    private final Random random = new Random(Long.getLong("rapporteur.crash.seed", System.nanoTime()));
    private final Map<String, Map<Long, String>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger symbols = new AtomicInteger();
    private Process child;
    private String base;

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKill9AndTheViewsEqualARebuild(@TempDir Path data) throws Exception {
        Path jar = Path.of(System.getProperty("rapporteur.jar", "target/rapporteur.jar"));
        assumeTrue(Files.isRegularFile(jar), "skipped: no " + jar + " (built by mvn package)");
        long began = System.nanoTime();
        start(jar, data);
        for (String meeting : MEETINGS) {
            HttpResponse<String> convened = Http.post(base + "/api/meetings", Http.TWELFTH_MEETING.replace("ccm-12msp", meeting));
            assertThat(convened.statusCode()).as(convened.body()).isEqualTo(201);
            acknowledged.put(meeting, new ConcurrentHashMap<>());
        }
        List<String> figures = new ArrayList<>();
        int lostInFlight = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            long killAfter = random.nextInt(1000);
            Burst burst = burst(killAfter);
            int before = total();
            start(jar, data);
            lostInFlight += burst.unanswered;
            int lost = checkAcknowledgedWrites();
            awaitViewsEqualTheirFold();
            figures.add(String.format(Locale.ROOT, "kill %d, %d ms into the burst's full speed: %d acknowledged in the burst (%d in all), %d unanswered, %d lost",
                    kill, killAfter, burst.acknowledged, before, burst.unanswered, lost));
            System.out.println(figures.get(figures.size() - 1));
            assertThat(lost).as("acknowledged writes lost after kill " + kill).isZero();
        }
        rebuildChangesNothing();
        System.out.printf(Locale.ROOT, "%d kills, %d acknowledged writes, none lost, %d writes unanswered at the kills, %.0f s%n",
                KILLS, total(), lostInFlight, (System.nanoTime() - began) / 1e9);
    }

    private record Burst(int acknowledged, int unanswered) {
    }

    /**
     * Writers submit documents as fast as they are answered; once the burst is at full speed (its first
     * {@value #WARM} writes answered: a process just started answers its first requests slowly) the child is killed
     * {@code killAfter} ms later.
     */
    private Burst burst(long killAfter) throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(WRITERS);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            String meeting = MEETINGS.get(w % MEETINGS.size());
            writers.execute(() -> {
                running.countDown();
                while (!killed.get()) {
                    String symbol = "CCM/MSP/2024/INF." + symbols.incrementAndGet();
                    try {
                        HttpResponse<String> response = Http.post(base + "/api/meetings/" + meeting + "/documents", """
                                {"kind": "document-submitted", "facts": {"symbol": "%s", "title": "Information note",
                                 "submittedBy": "Implementation Support Unit", "kind": "INFO"}}""".formatted(symbol));
                        if (response.statusCode() == 201) {
                            JsonNode recorded = Http.json(response);
                            acknowledged.get(meeting).put(recorded.path("sequence").asLong(), recorded.path("eventId").asText());
                            answered.incrementAndGet();
                        } else if (!killed.get()) {
                            throw new AssertionError("unexpected answer " + response.statusCode() + ": " + response.body());
                        }
                    } catch (RuntimeException e) {
                        // the connection died with the child: this write was never acknowledged
                        unanswered.incrementAndGet();
                    }
                }
            });
        }
        running.await();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5)).until(() -> answered.get() >= WARM);
        Thread.sleep(killAfter);
        // no new writes from here; those in flight meet the kill
        killed.set(true);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return new Burst(answered.get(), unanswered.get());
    }

    /** Each acknowledged write is in the stream, at its sequence, with its event id; returns how many are not. */
    private int checkAcknowledgedWrites() {
        int lost = 0;
        for (String meeting : MEETINGS) {
            Map<Long, String> stored = new ConcurrentHashMap<>();
            for (JsonNode entry : Http.json(Http.get(base + "/api/meetings/" + meeting + "/timeline?order=logging&asOf=999999999"))) {
                stored.put(entry.path("sequence").asLong(), entry.path("eventId").asText());
            }
            for (Map.Entry<Long, String> write : acknowledged.get(meeting).entrySet()) {
                if (!write.getValue().equals(stored.get(write.getKey()))) {
                    lost++;
                }
            }
        }
        return lost;
    }

    /** The live read models catch up with the store and then equal the meeting folded from its stream. */
    private void awaitViewsEqualTheirFold() {
        for (String meeting : MEETINGS) {
            String folded = "/api/meetings/" + meeting + "/timeline?order=logging&asOf=999999999";
            String live = "/api/meetings/" + meeting + "/timeline?order=logging";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(Http.json(Http.get(base + live))).isEqualTo(Http.json(Http.get(base + folded))));
            for (String view : VIEWS) {
                String path = "/api/meetings/" + meeting + "/" + view;
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                        assertThat(Http.json(Http.get(base + path))).as(path)
                                .isEqualTo(Http.json(Http.get(base + path + "?asOf=999999999"))));
            }
        }
    }

    private void rebuildChangesNothing() {
        Map<String, JsonNode> before = new ConcurrentHashMap<>();
        for (String meeting : MEETINGS) {
            for (String view : VIEWS) {
                before.put(meeting + "/" + view, Http.json(Http.get(base + "/api/meetings/" + meeting + "/" + view)));
            }
            before.put(meeting + "/timeline", Http.json(Http.get(base + "/api/meetings/" + meeting + "/timeline?order=logging")));
        }
        HttpResponse<String> started = Http.post(base + "/api/admin/rebuild", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.json(Http.get(base + "/api/admin/rebuild")).path("state").asText().equals("DONE"));
        for (String meeting : MEETINGS) {
            for (String view : VIEWS) {
                assertThat(Http.json(Http.get(base + "/api/meetings/" + meeting + "/" + view))).as(view).isEqualTo(before.get(meeting + "/" + view));
            }
            assertThat(Http.json(Http.get(base + "/api/meetings/" + meeting + "/timeline?order=logging"))).isEqualTo(before.get(meeting + "/timeline"));
        }
    }

    private int total() {
        return acknowledged.values().stream().mapToInt(Map::size).sum();
    }

    /** Starts the jar on a free port and waits until it serves. */
    private void start(Path jar, Path data) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "serve",
                "--server.port=0", "--data", data.toString()));
        command.addAll(List.of(USERS));
        child = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        String[] port = new String[1];
        Process started = child;
        Deque<String> output = new ArrayDeque<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.addLast(line);
                        if (output.size() > 40) {
                            output.removeFirst();
                        }
                    }
                    Matcher matcher = PORT.matcher(line);
                    if (port[0] == null && matcher.find()) {
                        port[0] = matcher.group(1);
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        }, "crash-test-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!ready.await(200, TimeUnit.MILLISECONDS) && started.isAlive() && System.nanoTime() < deadline) {
                // a loaded machine starts it slowly
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        synchronized (output) {
            assertThat(port[0]).as("the child started; its last lines:%n%s", String.join("\n", output)).isNotNull();
        }
        base = "http://localhost:" + port[0];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> Http.get(base + "/actuator/health").statusCode() == 200);
    }
}
