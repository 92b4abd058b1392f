package org.rapporteur.command.actions;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.facts.FactLimits;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.command.actions.TestHttp.document;
import static org.rapporteur.command.actions.TestHttp.json;
import static org.rapporteur.command.actions.TestHttp.notACleanRefusal;

/** Malformed facts over real HTTP: each refused with every bad field named, as a problem detail, and nothing stored. */
class StrictInputOverHttpTest extends CommandSideOverHttp {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    /** Events the meeting holds before the request under test: its convening and its first session. */
    long stored = 2;

    @BeforeEach
    void convene() {
        meeting = "ccm-strict-" + MEETINGS.incrementAndGet();
        assertThat(http.post("/api/meetings", TestHttp.convening(meeting), Map.of()).statusCode()).isEqualTo(201);
        assertThat(http.post(actions("sessions"), "{\"kind\": \"plenary-session-opened\", \"number\": 1}", Map.of()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anUnknownFieldIsNamedNotDropped() {
        HttpResponse<String> refused = http.post(actions("documents"), """
                {"kind": "document-submitted", "symbol": "CCM/MSP/2024/1", "title": "Agenda", "submitedBy": "President", "kind2": 1,
                 "moment": {"date": "2024-09-10", "hour": 10}}
                """, Map.of());
        assertRefused(refused, 400);
        assertThat(fields(refused)).contains("submitedBy", "kind2", "moment.hour");
        assertThat(errorFor(refused, "submitedBy")).contains("unknown field").contains("submittedBy");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        HttpResponse<String> refused = http.post(actions("documents"), """
                {"kind": "document-submitted", "symbol": "CCM/MSP/2024/1", "title": "Agenda", "title": "Another", "kind": "AGENDA"}
                """, Map.of());
        assertRefused(refused, 400);
        assertThat(json(refused).path("detail").asText()).contains("title");
    }

    @Test
    void emptyEntriesInListsAreRefused() {
        HttpResponse<String> refused = http.post(actions("participants"), """
                {"kind": "participants-registered", "category": "STATE_PARTY", "states": [null, "AUT"]}
                """, Map.of());
        assertRefused(refused, 400);
        assertThat(fields(refused)).containsExactly("states[0]");
    }

    @Test
    void unknownStatesAreRefusedWhereverTheyAre() {
        HttpResponse<String> inList = http.post(actions("participants"), """
                {"kind": "participants-registered", "category": "state_party", "states": ["AUT", "XXX"]}
                """, Map.of());
        assertRefused(inList, 400);
        assertThat(fields(inList)).containsExactly("states[1]");
        HttpResponse<String> inPerson = http.post(actions("officers"), """
                {"kind": "president-designated", "president": {"name": "Ms. A", "state": "ZZZ"}}
                """, Map.of());
        assertRefused(inPerson, 400);
        assertThat(fields(inPerson)).containsExactly("president.state");
        assertThat(errorFor(inPerson, "president.state")).contains("'ZZZ' is not a State");
    }

    @Test
    void datesOutsideTheSaneRangeAreRefused() {
        HttpResponse<String> refused = http.post(actions("documents"), """
                {"kind": "document-submitted", "facts": {"moment": {"date": "-0001-09-10"}, "symbol": "CCM/MSP/2024/1", "title": "Agenda", "kind": "AGENDA"}}
                """, Map.of());
        assertRefused(refused, 400);
        assertThat(fields(refused)).containsExactly("moment.date");
        assertThat(errorFor(refused, "moment.date")).contains("1900 to 2200");
    }

    @Test
    void overLongTextsAndBodiesAreRefused() {
        String title = "T".repeat(FactLimits.MAX_TEXT + 1);
        HttpResponse<String> longTitle = http.post(actions("documents"), """
                {"kind": "document-submitted", "facts": {"symbol": "CCM/MSP/2024/1", "title": "%s", "kind": "AGENDA"}}
                """.formatted(title), Map.of());
        assertRefused(longTitle, 400);
        assertThat(errorFor(longTitle, "title")).contains("at most 20000");

        String huge = "T".repeat(10 * 1024 * 1024);
        HttpResponse<String> declared = http.post(actions("documents"), """
                {"kind": "document-submitted", "facts": {"symbol": "CCM/MSP/2024/1", "title": "%s", "kind": "AGENDA"}}
                """.formatted(huge), Map.of());
        assertRefused(declared, 413);
        // over the limit, but not so far over that the server stops reading before it has answered
        byte[] chunk = ("{\"kind\": \"document-submitted\", \"title\": \"" + huge.substring(0, 1536 * 1024) + "\"}").getBytes();
        HttpResponse<String> chunked = http.post(actions("documents"), "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk)), Map.of());
        assertRefused(chunked, 413);
    }

    @Test
    void everyProblemOfARequestIsReportedAtOnce() {
        HttpResponse<String> refused = http.post(actions("participants"), """
                {"kind": "participants-registered", "category": "STATE_PARTY", "states": ["QQQ", null], "colour": "red",
                 "moment": {"date": "2300-01-01"}}
                """, Map.of());
        assertRefused(refused, 400);
        assertThat(fields(refused)).contains("states[0]", "states[1]", "colour", "moment.date");
    }

    @Test
    void enumerationValuesAreReadInAnyCase() {
        HttpResponse<String> registered = http.post(actions("participants"), """
                {"kind": "participants-registered", "category": "State_Party", "states": ["aut"]}
                """, Map.of());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        HttpResponse<String> wrong = http.post(actions("participants"), """
                {"kind": "participants-registered", "category": "STATE-PARTIES", "states": ["AUT"]}
                """, Map.of());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(notACleanRefusal(wrong)).isNull();
        assertThat(errorFor(wrong, "category")).contains("state_party").doesNotContain("ParticipantCategory");
    }

    @Test
    void anIdempotencyKeyReusedForAnotherActionIs422WithTheFirstAction() {
        HttpResponse<String> first = http.post(actions("documents"), document("CCM/MSP/2024/1"), Map.of("Idempotency-Key", "doc-1"));
        assertThat(first.statusCode()).isEqualTo(201);
        stored = 3;
        HttpResponse<String> again = http.post(actions("documents"), document("CCM/MSP/2024/1"), Map.of("Idempotency-Key", "doc-1"));
        assertThat(again.statusCode()).isEqualTo(201);
        HttpResponse<String> other = http.post(actions("documents"), document("CCM/MSP/2024/2"), Map.of("Idempotency-Key", "doc-1"));
        assertRefused(other, 422);
        assertThat(json(other).path("firstEventId").asText()).isEqualTo(json(first).path("eventId").asText());
        assertThat(storedEvents()).isEqualTo(3);
    }

    @Test
    void oddHeadersAndBodiesAreRefusedAsProblems() {
        String open = "{\"kind\": \"plenary-session-opened\", \"number\": 2}";
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(http.post(actions("sessions"), "*/*", HttpRequest.BodyPublishers.ofString(open), Map.of()));
        answers.add(http.post(actions("sessions"), "multipart/form-data", HttpRequest.BodyPublishers.ofString(open), Map.of()));
        answers.add(http.post(actions("sessions"), "text/plain", HttpRequest.BodyPublishers.ofString(open), Map.of()));
        answers.add(http.post(actions("sessions"), "application/json; charset=nonsense", HttpRequest.BodyPublishers.ofString(open), Map.of()));
        answers.add(http.post(actions("sessions"), "nonsense", HttpRequest.BodyPublishers.ofString(open), Map.of()));
        answers.add(http.post(actions("sessions"), null, HttpRequest.BodyPublishers.ofString(open), Map.of()));
        answers.add(http.post(actions("sessions"), open, Map.of("If-Match", "\"99999999999999999999999\"")));
        answers.add(http.post(actions("sessions"), "[1, 2]", Map.of()));
        answers.add(http.post(actions("sessions"), "{\"kind\": \"plenary-session-opened\", \"number\": 2} trailing", Map.of()));
        answers.add(http.post(actions("sessions"), "", Map.of()));
        answers.add(http.post("/api/meetings", "[]", Map.of()));
        answers.add(http.post("/api/meetings/" + meeting + "/sessions/extra", open, Map.of()));
        answers.add(http.get("/api/meetings/" + meeting + "/sessions"));
        answers.add(http.post("/api/nothing-here", open, Map.of()));
        for (int i = 0; i < answers.size(); i++) {
            assertThat(notACleanRefusal(answers.get(i))).as("answer " + i + ": " + answers.get(i).body()).isNull();
        }
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void aDuplicateConveningShowsNoStoreInternals() {
        HttpResponse<String> again = http.post("/api/meetings", TestHttp.convening(meeting), Map.of());
        assertRefused(again, 409);
        assertThat(again.body()).doesNotContain("E11000", "index", "localhost");
    }

    private void assertRefused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(notACleanRefusal(response)).isNull();
        assertThat(storedEvents()).isEqualTo(stored);
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static String errorFor(HttpResponse<String> response, String field) {
        for (JsonNode error : json(response).path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        return "";
    }
}
