package org.rapporteur.command.actions;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed requests over every family of actions and the convening: every one is answered with a 4xx
 * problem detail showing no internals, none is stored, and the service is healthy afterwards. The seed and the count
 * can be given as {@code -Dfuzz.seed} and {@code -Dfuzz.requests} (CI: 2,000 requests).
 */
class FuzzOverHttpTest extends CommandSideOverHttp {

    @Test
    void malformedRequestsAreAllRefusedAndNothingIsStored() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int count = Integer.getInteger("fuzz.requests", 2_000);
        String meeting = "ccm-fuzz-" + Long.toHexString(seed & 0xffffff);
        assertThat(http.post("/api/meetings", TestHttp.convening(meeting), Map.of()).statusCode()).isEqualTo(201);
        assertThat(http.post("/api/meetings/" + meeting + "/sessions", "{\"kind\": \"plenary-session-opened\", \"number\": 1}",
                Map.of("Idempotency-Key", "fuzz-open-1")).statusCode()).isEqualTo(201);
        long stored = database.getCollection("domainevents").countDocuments();

        List<MalformedRequests.ActionFamilyPath> families = ActionFamilies.all().stream()
                .map(f -> new MalformedRequests.ActionFamilyPath(f.path(), f.kinds())).toList();
        MalformedRequests requests = new MalformedRequests(seed, meeting, families, "fuzz-open-1");
        List<String> unclean = new ArrayList<>();
        Map<String, Integer> byDefect = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            MalformedRequests.Request request = requests.next();
            HttpResponse<String> answer = http.post(request.path(), request.contentType(),
                    HttpRequest.BodyPublishers.ofByteArray(request.body()), request.headers());
            byDefect.merge(request.defect(), 1, Integer::sum);
            byStatus.merge(answer.statusCode(), 1, Integer::sum);
            String why = TestHttp.notACleanRefusal(answer);
            if (why != null && unclean.size() < 20) {
                unclean.add(request.defect() + " " + request.path() + " -> " + why);
            }
        }
        System.out.printf("fuzz: seed %d, %d requests, answers %s, defects %s%n", seed, count, byStatus, byDefect);

        assertThat(unclean).as("seed " + seed).isEmpty();
        assertThat(database.getCollection("domainevents").countDocuments()).as("seed " + seed + ": nothing stored").isEqualTo(stored);
        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(health).path("status").asText()).isEqualTo("UP");
    }
}
