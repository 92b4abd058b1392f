package org.rapporteur.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's metrics (docs/operations.md) at /actuator/prometheus: refused as a problem to anyone not signed in,
 * and, once a meeting is convened, its report read and a sign-in failed, every metric the operations guide names.
 */
// Spring Boot's tests leave metrics export off unless asked: the Prometheus endpoint is what is under test
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsOverHttpTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void anonymousIsRefusedAsAProblem() {
        HttpResponse<String> response = Http.getAs(null, null, url("/actuator/prometheus"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(response).path("status").asInt()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("rapporteur_");
    }

    @Test
    void aSignedInOperatorReadsEveryDocumentedMetric() {
        assertThat(Http.post(url("/api/meetings"), Http.TWELFTH_MEETING).statusCode()).isEqualTo(201);
        assertThat(Http.getAs(TestUsers.READER, "not-the-password", url("/api/meetings")).statusCode()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> report = Http.get(url("/api/meetings/ccm-12msp/report"));
            assertThat(report.statusCode()).isEqualTo(200);
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = Http.get(url("/actuator/prometheus"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("commandBus_successTimer_seconds_count{payloadType=\"ConveneMeeting\"} 1")
                    .contains("eventProcessor_latency{processorName=\"projections\"}")
                    .contains("eventProcessor_failureCounter_total{payloadType=\"MeetingConvened\",processorName=\"projections\"} 0.0")
                    // caught up once the report is read: every segment of every projection processor at 0
                    .contains("rapporteur_projection_segment_lag_seconds{processor=\"projections\",segment=\"0\"} 0.0")
                    .contains("rapporteur_projection_segment_lag_seconds{processor=\"report\",segment=\"3\"} 0.0")
                    .contains("rapporteur_projection_parked 0.0")
                    .contains("rapporteur_report_generation_seconds_count{language=\"en\"")
                    .contains("rapporteur_sign_in_failures_total{reason=\"wrong-credentials\"} 1.0");
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
