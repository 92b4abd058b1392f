package org.rapporteur.command.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** Plain HTTP against the command side under test, and the checks every refusal must pass. */
final class TestHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A meeting that sits from 2024-09-10 to tomorrow, so that actions dated today fall within it. */
    static final String CONVENED = """
            {"id": "%s",
             "moment": {"date": "2023-09-14"},
             "convention": {"name": "Convention on Cluster Munitions", "acronym": "CCM", "meetingsArticle": "11"},
             "profile": "ccm", "ordinal": 12, "meetingKind": "Meeting of States Parties",
             "venue": {"city": "Geneva", "country": "Switzerland"},
             "startsOn": "2024-09-10", "endsOn": "%s", "symbolPrefix": "CCM/MSP/2024"}
            """;

    private final int port;

    TestHttp(int port) {
        this.port = port;
    }

    static String convening(String meetingId) {
        return CONVENED.formatted(meetingId, LocalDate.now().plusDays(1));
    }

    /** A document submitted: the provisional agenda under this symbol. */
    static String document(String symbol) {
        return """
                {"kind": "document-submitted",
                 "facts": {"symbol": "%s", "title": "Provisional agenda", "submittedBy": "President", "kind": "AGENDA"}}
                """.formatted(symbol);
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(body), headers);
    }

    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this answer is not a clean refusal (a 4xx problem detail with no internals), or null when it is. */
    static String notACleanRefusal(HttpResponse<String> response) {
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            return "status " + response.statusCode();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "content type " + type;
        }
        String body = response.body();
        for (String internal : new String[]{"com.fasterxml", "jackson", "java.lang", "java.util", "org.rapporteur.",
                "org.springframework", "org.axonframework", "E11000", "Exception", "\tat ", "`", "StreamReadConstraints"}) {
            if (body.contains(internal)) {
                return "shows " + internal + ": " + body;
            }
        }
        JsonNode problem = json(response);
        if (problem.path("status").asInt() != response.statusCode() || problem.path("title").asText().isBlank()) {
            return "not a problem detail: " + body;
        }
        return null;
    }
}
