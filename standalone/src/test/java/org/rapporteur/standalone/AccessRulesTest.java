package org.rapporteur.standalone;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in and roles on every endpoint of both sides, and who logged what. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyApiEndpointNeedsSignInAndEveryWriteNeedsTheSecretariat() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = entry.getKey().getPatternValues();
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "ccm-0msp");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    boolean write = method != RequestMethod.GET && method != RequestMethod.HEAD;
                    assertThat(send(method.name(), path, null).statusCode()).as("anonymous %s %s", method, path).isEqualTo(401);
                    int asReader = send(method.name(), path, Http.basic(TestUsers.READER, TestUsers.READER_PASSWORD)).statusCode();
                    if (write) {
                        assertThat(asReader).as("reader %s %s", method, path).isEqualTo(403);
                    } else {
                        assertThat(asReader).as("reader %s %s", method, path).isNotIn(401, 403);
                    }
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).contains("POST /api/meetings", "GET /api/meetings");
    }

    @Test
    void theSignedInUserIsWhoLoggedTheConvening() {
        var created = Http.post(url("/api/meetings"), Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-6msp"));
        assertThat(created.statusCode()).isEqualTo(201);
        Document event = database.getCollection("domainevents").find(new Document("aggregateIdentifier", "ccm-6msp")).first();
        assertThat(String.valueOf(event.get("serializedMetaData"))).contains("\"loggedBy\":\"secretary\"");
    }

    @Test
    void aWrongPasswordIsRefusedAndHealthIsPublic() throws Exception {
        assertThat(Http.getAs(TestUsers.SECRETARY, "not-the-password", url("/api/meetings")).statusCode()).isEqualTo(401);
        var anonymous = Http.getAs(null, null, url("/api/meetings"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(Http.getAs(null, null, url("/actuator/health")).statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonInABrowserIsSentToSignIn() throws Exception {
        var response = send("GET", "/console", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** Answers once the status line is in: a live stream (SSE) counts by its status without being read to its end. */
    private HttpResponse<Void> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("HEAD")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<java.io.InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return new StatusOnly(response);
    }

    private record StatusOnly(HttpResponse<java.io.InputStream> response) implements HttpResponse<Void> {
        public int statusCode() { return response.statusCode(); }
        public HttpRequest request() { return response.request(); }
        public java.util.Optional<HttpResponse<Void>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return response.headers(); }
        public Void body() { return null; }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return response.sslSession(); }
        public URI uri() { return response.uri(); }
        public HttpClient.Version version() { return response.version(); }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
