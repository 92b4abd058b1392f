package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling, the CSRF exemption, health for anonymous users and the security layer's refusals, over real
 * HTTP. The throttle runs on a clock the test moves, so back-off is waited out without sleeping.
 */
@SpringBootTest(classes = {StandaloneApplication.class, SignInAndRefusalsTest.Time.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndRefusalsTest {

    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @TestConfiguration
    static class Time {
        @Bean
        MovedClock signInClock() {
            return new MovedClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovedClock clock;

    @Autowired
    MeterRegistry metrics;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void twoHundredWrongPasswordsThenTheRightOneIsRefusedUntilTheBackOffLifts() {
        double failuresBefore = failures();
        for (int i = 0; i < 200; i++) {
            int status = Http.getAs(TestUsers.SECRETARY, "guess-" + i, url("/api/meetings")).statusCode();
            assertThat(status).as("attempt %d", i).isIn(401, 429);
        }
        HttpResponse<String> refused = Http.getAs(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD, url("/api/meetings"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(failures() - failuresBefore).as("every refusal counted").isEqualTo(201);

        clock.advance(Duration.ofMinutes(5));
        assertThat(Http.getAs(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD, url("/api/meetings")).statusCode())
                .as("the back-off has lifted").isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledForEveryName() {
        for (int i = 0; i < 21; i++) {
            assertThat(Http.getAs("nobody-" + i, "guess", url("/api/meetings")).statusCode()).isEqualTo(401);
        }
        assertThat(Http.getAs(TestUsers.READER, TestUsers.READER_PASSWORD, url("/api/meetings")).statusCode()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(Http.getAs(TestUsers.READER, TestUsers.READER_PASSWORD, url("/api/meetings")).statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionNeedsTheCsrfTokenUnlessTheRequestAuthenticatesByItsBasicHeader() throws Exception {
        String session = signInWithTheForm(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD);
        String meeting = Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-7msp");

        HttpResponse<String> bearer = post(meeting, "JSESSIONID=" + session, "Bearer anything", null);
        assertThat(bearer.statusCode()).as("a non-Basic Authorization header exempts nothing").isEqualTo(403);
        assertProblem(bearer, 403);
        assertThat(post(meeting, "JSESSIONID=" + session, null, null).statusCode()).isEqualTo(403);

        HttpResponse<String> asReader = post(meeting, "JSESSIONID=" + session,
                Http.basic(TestUsers.READER, TestUsers.READER_PASSWORD), null);
        assertThat(asReader.statusCode()).as("Basic authenticates the request, not the secretary's session").isEqualTo(403);
        assertThat(post(meeting, "JSESSIONID=" + session, Http.basic(TestUsers.SECRETARY, "wrong"), null).statusCode())
                .as("the session does not stand in for wrong Basic credentials").isEqualTo(401);

        String token = csrfToken(get("/login", "JSESSIONID=" + session));
        assertThat(post(meeting, "JSESSIONID=" + session, null, token).statusCode()).as("with the token").isEqualTo(201);
        assertThat(post(meeting.replace("ccm-7msp", "ccm-8msp"), "JSESSIONID=" + session,
                Http.basic(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD), null).statusCode())
                .as("Basic credentials, no token needed").isEqualTo(201);
    }

    @Test
    void anonymousHealthShowsTheStatusOnlyAndSignedInUsersTheDetails() {
        JsonNode anonymous = Http.json(Http.getAs(null, null, url("/actuator/health")));
        assertThat(anonymous.path("status").asText()).isNotEmpty();
        assertThat(anonymous.has("components")).isFalse();
        assertThat(anonymous.toString()).doesNotContain("diskSpace").doesNotContain(System.getProperty("user.dir"));
        assertThat(Http.getAs(null, null, url("/actuator/health/diskSpace")).statusCode()).isIn(401, 404);

        JsonNode signedIn = Http.json(Http.get(url("/actuator/health")));
        assertThat(signedIn.path("components").has("diskSpace")).isTrue();
        assertThat(Http.getAs(null, null, url("/actuator/metrics")).statusCode()).isEqualTo(401);
        assertThat(Http.get(url("/actuator/metrics/rapporteur.sign-in.failures")).statusCode()).isEqualTo(200);
    }

    @Test
    void refusalsAreProblemDetailsWithoutInternals() throws Exception {
        HttpResponse<String> anonymous = Http.getAs(null, null, url("/api/meetings"));
        assertProblem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertProblem(Http.getAs(TestUsers.READER, "wrong", url("/api/meetings")), 401);
        assertProblem(Http.postAs(TestUsers.READER, TestUsers.READER_PASSWORD, url("/api/meetings"), Http.TWELFTH_MEETING), 403);

        for (String rejected : new String[]{"/api/meetings;jsessionid=x", "/api//meetings", "/api/meetings/%2e%2e/x",
                "/api/meetings/a%00b", "/api/meetings/a%2Fb"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(rejected)))
                    .header("Authorization", Http.basic(TestUsers.READER, TestUsers.READER_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(rejected).isEqualTo(400);
            assertProblem(response, 400);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotEmpty();
        assertThat(problem.path("detail").asText()).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.springframework")
                .doesNotContain("java.").doesNotContain("\"trace\"");
    }

    private String signInWithTheForm(String user, String password) throws Exception {
        HttpResponse<String> page = get("/login", null);
        String before = sessionOf(page);
        String form = "username=" + user + "&password=" + password + "&_csrf=" + csrfToken(page);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return sessionOf(signedIn);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String json, String cookie, String authorization, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/meetings")))
                .header("Content-Type", "application/json").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the sign-in page's CSRF token").isTrue();
        return token.group(1);
    }

    private static String sessionOf(HttpResponse<String> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
        Matcher session = SESSION.matcher(cookie);
        assertThat(session.find()).isTrue();
        return session.group(1);
    }

    private double failures() {
        return metrics.find("rapporteur.sign-in.failures").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The throttle's clock: it stands still until the test moves it. */
    static final class MovedClock extends Clock {

        private volatile Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
