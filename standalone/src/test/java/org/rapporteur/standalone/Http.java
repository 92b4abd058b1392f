package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small JSON-over-HTTP client for tests that go through the real web layer. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String TWELFTH_MEETING = """
            {"id": "ccm-12msp",
             "moment": {"date": "2023-09-14"},
             "convention": {"name": "Convention on Cluster Munitions", "acronym": "CCM", "meetingsArticle": "11"},
             "profile": "ccm", "ordinal": 12, "meetingKind": "Meeting of States Parties",
             "venue": {"city": "Geneva", "country": "Switzerland"},
             "startsOn": "2024-09-10", "endsOn": "2024-09-13", "symbolPrefix": "CCM/MSP/2024"}
            """;

    private Http() {
    }

    /** As the test secretariat user. */
    static HttpResponse<String> post(String url, String json) {
        return postAs(TestUsers.SECRETARY, TestUsers.SECRETARY_PASSWORD, url, json);
    }

    static HttpResponse<String> postAs(String user, String password, String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(request.build());
    }

    /** As the test reader. */
    static HttpResponse<String> get(String url) {
        return getAs(TestUsers.READER, TestUsers.READER_PASSWORD, url);
    }

    static HttpResponse<String> getAs(String user, String password, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(request.build());
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
