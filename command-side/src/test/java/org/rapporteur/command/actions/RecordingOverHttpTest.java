package org.rapporteur.command.actions;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.documents.DocumentSubmitted;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.command.actions.TestHttp.document;
import static org.rapporteur.command.actions.TestHttp.json;

/** Logging actions through real HTTP into the real embedded store. */
class RecordingOverHttpTest extends CommandSideOverHttp {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    @BeforeEach
    void convene() {
        meeting = "ccm-" + MEETINGS.incrementAndGet() + "msp";
        assertThat(post("/api/meetings", TestHttp.convening(meeting), Map.of()).statusCode()).isEqualTo(201);
    }

    @Test
    void anActionIsRecordedWithWhoLoggedItAndAnswersWhereItLanded() {
        HttpResponse<String> opened = post(actions("sessions"), """
                {"kind": "plenary-session-opened", "moment": {"plenarySession": 1, "date": "2024-09-10", "time": "10:00"}, "number": 1}
                """, Map.of("Idempotency-Key", "open-1", "X-Logged-By", "secretary"));

        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(opened.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode body = json(opened);
        assertThat(body.path("kind").asText()).isEqualTo("plenary-session-opened");
        assertThat(body.path("sequence").asLong()).isEqualTo(1);
        Document stored = database.getCollection("domainevents")
                .find(new Document("aggregateIdentifier", meeting).append("sequenceNumber", 1L)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("eventIdentifier")).isEqualTo(body.path("eventId").asText());
        DomainEventMessage<?> event = eventStore.readEvents(meeting, 1L).next();
        assertThat(event.getMetaData()).containsEntry("loggedBy", "secretary").containsEntry("commandId", "open-1");
    }

    @Test
    void malformedOrIncompleteFactsAre400NamingTheFieldAndStoreNothing() {
        HttpResponse<String> incomplete = post(actions("agenda"), """
                {"kind": "agenda-adopted", "documentSymbol": "CCM/MSP/2024/1"}
                """, Map.of());
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(json(incomplete).path("errors").get(0).path("field").asText()).isEqualTo("items");

        HttpResponse<String> wrongFamily = post(actions("agenda"), """
                {"kind": "document-submitted", "facts": {"symbol": "CCM/MSP/2024/1", "title": "Agenda", "kind": "AGENDA"}}
                """, Map.of());
        assertThat(wrongFamily.statusCode()).isEqualTo(400);
        assertThat(json(wrongFamily).path("errors").get(0).path("field").asText()).isEqualTo("kind");
        assertThat(json(wrongFamily).path("errors").get(0).path("message").asText()).contains("agenda-adopted");

        HttpResponse<String> wrongType = post(actions("sessions"), """
                {"kind": "plenary-session-opened", "number": "first"}
                """, Map.of());
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).path("errors").get(0).path("field").asText()).isEqualTo("number");

        HttpResponse<String> badItem = post(actions("agenda"), """
                {"kind": "agenda-adopted", "documentSymbol": "CCM/MSP/2024/1",
                 "items": [{"number": "1", "title": "Opening"}, {"number": "item 2", "title": "Agenda"}]}
                """, Map.of());
        assertThat(badItem.statusCode()).isEqualTo(400);
        assertThat(badItem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(json(badItem).path("errors").get(0).path("field").asText()).isEqualTo("items[1].number");
        assertThat(json(badItem).path("errors").get(0).path("message").asText())
                .isEqualTo("'item 2' is not " + AgendaItemNumber.FORM);

        HttpResponse<String> malformed = post(actions("sessions"), "{\"kind\": ", Map.of());
        assertThat(malformed.statusCode()).isEqualTo(400);

        HttpResponse<String> badVersion = post(actions("sessions"), """
                {"kind": "plenary-session-opened", "number": 1}
                """, Map.of("If-Match", "yesterday"));
        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(json(badVersion).path("errors").get(0).path("field").asText()).isEqualTo("If-Match");

        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void anUnknownMeetingOrFamilyIs404() {
        HttpResponse<String> unknownMeeting = post("/api/meetings/no-such-meeting/sessions", """
                {"kind": "plenary-session-opened", "number": 1}
                """, Map.of());
        assertThat(unknownMeeting.statusCode()).isEqualTo(404);
        assertThat(json(unknownMeeting).path("detail").asText()).contains("no-such-meeting");

        HttpResponse<String> unknownFamily = post(actions("weather"), "{\"kind\": \"sunny\"}", Map.of());
        assertThat(unknownFamily.statusCode()).isEqualTo(404);
        assertThat(database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", "no-such-meeting"))).isZero();
    }

    @Test
    void aRuleViolationIs409WithTheReasonAndStoresNothing() {
        HttpResponse<String> refused = post(actions("agenda"), """
                {"kind": "agenda-item-taken-up", "itemNumber": "7"}
                """, Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(json(refused).path("rule").asText()).isEqualTo("PlenarySessionMustBeOpen");
        assertThat(json(refused).path("detail").asText()).isEqualTo("no plenary session is open: open one before recording agenda-item-taken-up");
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void aRetriedConveningAnswersAsTheFirstTimeAndAnotherConveningIs409() {
        String again = "ccm-retry-" + MEETINGS.incrementAndGet();
        HttpResponse<String> first = post("/api/meetings", TestHttp.convening(again), Map.of("Idempotency-Key", "convene-1"));
        HttpResponse<String> retry = post("/api/meetings", TestHttp.convening(again), Map.of("Idempotency-Key", "convene-1"));
        HttpResponse<String> duplicate = post("/api/meetings", TestHttp.convening(again), Map.of("Idempotency-Key", "convene-2"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", again))).isEqualTo(1);
    }

    @Test
    void aRetriedActionReturnsTheFirstResultAndIsRecordedOnce() {
        String open = """
                {"kind": "plenary-session-opened", "number": 1}
                """;
        HttpResponse<String> first = post(actions("sessions"), open, Map.of("Idempotency-Key", "open-1"));
        HttpResponse<String> retry = post(actions("sessions"), open, Map.of("Idempotency-Key", "open-1"));
        HttpResponse<String> other = post(actions("sessions"), open, Map.of("Idempotency-Key", "open-1-again"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json(other).path("rule").asText()).isEqualTo("PlenarySessionsDoNotOverlap");
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIs409AndTheCurrentETagIsAccepted() {
        HttpResponse<String> opened = post(actions("sessions"), """
                {"kind": "plenary-session-opened", "number": 1}
                """, Map.of("If-Match", "\"0\""));
        assertThat(opened.statusCode()).isEqualTo(201);
        String etag = opened.headers().firstValue("ETag").orElseThrow();
        assertThat(post(actions("documents"), document("CCM/MSP/2024/1"), Map.of()).statusCode()).isEqualTo(201);

        HttpResponse<String> stale = post(actions("documents"), document("CCM/MSP/2024/2"), Map.of("If-Match", etag));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).path("type").asText()).endsWith("version-conflict");
        assertThat(json(stale).path("actualVersion").asLong()).isEqualTo(2);

        HttpResponse<String> ahead = post(actions("documents"), document("CCM/MSP/2024/2"), Map.of("If-Match", "\"7\""));
        assertThat(ahead.statusCode()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(3);

        HttpResponse<String> current = post(actions("documents"), document("CCM/MSP/2024/2"), Map.of("If-Match", "\"2\""));
        assertThat(current.statusCode()).isEqualTo(201);
        assertThat(current.headers().firstValue("ETag")).contains("\"3\"");
    }

    @Test
    void anActionWithoutMomentHappensTodayInTheOpenSession() {
        post(actions("sessions"), "{\"kind\": \"plenary-session-opened\", \"moment\": {\"date\": \"2024-09-10\"}, \"number\": 1}", Map.of());
        post(actions("agenda"), """
                {"kind": "agenda-adopted", "documentSymbol": "CCM/MSP/2024/1", "items": [{"number": "7", "title": "Item 7"}]}
                """, Map.of());
        HttpResponse<String> takenUp = post(actions("agenda"), "{\"kind\": \"agenda-item-taken-up\", \"itemNumber\": \"7\"}", Map.of());

        assertThat(takenUp.statusCode()).isEqualTo(201);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(meeting, 0L).asStream().toList();
        assertThat(events.get(3).getPayload()).isEqualTo(new AgendaItemTakenUp(MeetingMoment.inPlenary(1, LocalDate.now()), AgendaItemNumber.of("7")));
        assertThat(events.get(2).getPayload()).isInstanceOfSatisfying(org.rapporteur.events.agenda.AgendaAdopted.class,
                adopted -> assertThat(adopted.moment().plenarySession()).isEqualTo(1));
    }

    @Test
    void aCorrectionNamesTheKindOfItsFacts() {
        HttpResponse<String> submitted = post(actions("documents"), document("CCM/MSP/2024/1"), Map.of());
        String eventId = json(submitted).path("eventId").asText();

        HttpResponse<String> corrected = post(actions("corrections"), """
                {"kind": "action-corrected", "correctedEventId": "%s", "reason": "wrong symbol",
                 "corrected": {"kind": "document-submitted", "facts": {"moment": {"date": "2024-09-10"},
                               "symbol": "CCM/MSP/2024/1/Rev.1", "title": "Provisional agenda", "kind": "AGENDA"}}}
                """.formatted(eventId), Map.of());
        assertThat(corrected.statusCode()).isEqualTo(201);

        HttpResponse<String> momentBeside = post(actions("corrections"), """
                {"kind": "action-corrected", "correctedEventId": "%s", "reason": "the title as issued",
                 "corrected": {"kind": "document-submitted", "moment": {"date": "2024-09-10"},
                               "facts": {"symbol": "CCM/MSP/2024/1/Rev.1", "title": "Agenda", "kind": "AGENDA"}}}
                """.formatted(eventId), Map.of());
        assertThat(momentBeside.statusCode()).as("the moment beside the facts, as documented").isEqualTo(201);
        HttpResponse<String> twoMoments = post(actions("corrections"), """
                {"kind": "action-corrected", "correctedEventId": "%s", "reason": "two moments",
                 "corrected": {"kind": "document-submitted", "moment": {"date": "2024-09-10"},
                               "facts": {"moment": {"date": "2024-09-11"}, "symbol": "CCM/MSP/2024/1", "title": "Agenda",
                                         "kind": "AGENDA"}}}
                """.formatted(eventId), Map.of());
        assertThat(twoMoments.statusCode()).isEqualTo(400);
        assertThat(json(twoMoments).path("errors").get(0).path("field").asText()).isEqualTo("facts.moment");

        HttpResponse<String> otherKind = post(actions("corrections"), """
                {"kind": "action-corrected", "correctedEventId": "%s", "reason": "wrong kind",
                 "corrected": {"kind": "plenary-session-opened", "moment": {"date": "2024-09-10"}, "number": 4}}
                """.formatted(eventId), Map.of());
        assertThat(otherKind.statusCode()).isEqualTo(409);
        assertThat(json(otherKind).path("rule").asText()).isEqualTo("CorrectionMustTargetAnAction");

        HttpResponse<String> withdrawn = post(actions("corrections"), """
                {"kind": "action-withdrawn", "withdrawnEventId": "%s", "reason": "issued in error"}
                """.formatted(eventId), Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(5);
        assertThat(eventStore.readEvents(meeting, 0L).asStream().toList().get(2).getPayload())
                .isInstanceOfSatisfying(org.rapporteur.events.corrections.ActionCorrected.class,
                        c -> assertThat(c.corrected()).isInstanceOf(DocumentSubmitted.class));
    }

    @Test
    void aMeetingReloadedFromItsSnapshotKeepsItsRulesAndRetries() {
        post(actions("sessions"), "{\"kind\": \"plenary-session-opened\", \"number\": 1}", Map.of("Idempotency-Key", "open-1"));
        for (int i = 1; i <= 10; i++) {
            assertThat(post(actions("documents"), document("CCM/MSP/2024/INF." + i), Map.of()).statusCode()).isEqualTo(201);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(database.getCollection("snapshotevents")
                .find(new Document("aggregateIdentifier", meeting)).first()).isNotNull()
                .extracting(d -> ((Number) d.get("sequenceNumber")).longValue()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LONG).isGreaterThanOrEqualTo(5L));
        meetingCache.removeAll();

        assertThat(eventStore.readEvents(meeting).peek().getType()).isEqualTo("MeetingAggregate");
        assertThat(eventStore.readEvents(meeting).peek().getPayload().getClass().getSimpleName()).isEqualTo("MeetingAggregate");
        HttpResponse<String> retry = post(actions("sessions"), "{\"kind\": \"plenary-session-opened\", \"number\": 1}",
                Map.of("Idempotency-Key", "open-1"));
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(json(retry).path("sequence").asLong()).isEqualTo(1);
        HttpResponse<String> overlapping = post(actions("sessions"), "{\"kind\": \"plenary-session-opened\", \"number\": 2}", Map.of());
        assertThat(json(overlapping).path("rule").asText()).isEqualTo("PlenarySessionsDoNotOverlap");
        HttpResponse<String> next = post(actions("documents"), document("CCM/MSP/2024/INF.11"), Map.of("If-Match", "\"11\""));
        assertThat(next.statusCode()).isEqualTo(201);
        assertThat(json(next).path("sequence").asLong()).isEqualTo(12);
    }

    @Test
    void everyFamilyIsDocumented() {
        HttpResponse<String> docs = http.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).path("paths");
        for (String family : ActionFamilies.paths()) {
            assertThat(paths.has("/api/meetings/{meetingId}/" + family)).as(family).isTrue();
        }
        assertThat(paths.path("/api/meetings/{meetingId}/agenda").path("post").path("summary").asText()).contains("agenda-item-taken-up");
    }
}
