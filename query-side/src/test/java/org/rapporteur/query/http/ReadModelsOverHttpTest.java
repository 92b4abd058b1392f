package org.rapporteur.query.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.query.Http;
import org.rapporteur.query.MeetingStreams;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.TemporaryStores;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rapporteur.query.TwelfthMeeting.*;

@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelsOverHttpTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", TemporaryStores.directory("query-http"));
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelStore store;

    private String election;

    @BeforeAll
    void logTheMeeting() {
        MeetingStreams streams = new MeetingStreams(eventStore);
        streams.log(ID, convening());
        streams.log(ID, new PresidentDesignated(plenary(1), person("Ambassador", "Anna Ruiz", "ESP"), null, null, null));
        streams.log(ID, new ParticipantsRegistered(plenary(1), ParticipantCategory.STATE_PARTY, StateCode.list("CHE", "PER"), null));
        streams.log(ID, opened(1));
        streams.log(ID, takenUp(1, "2"));
        streams.log(ID, agenda(1));
        streams.log(ID, concluded(1, "2"));
        streams.log(ID, takenUp(1, "10"));
        election = streams.log(ID, org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1, 11, 0), "CHE"));
        streams.log(ID, document(1, "CCM/MSP/2024/WP.1", "Request of Peru"));
        streams.log(ID, new DocumentWithdrawn(plenary(1, 12, 0), DocumentSymbol.of("CCM/MSP/2024/WP.1"), "superseded"));
        await().atMost(Duration.ofSeconds(30)).until(() -> store.position(ID) == 10);
        streams.log(ID, new org.rapporteur.events.corrections.ActionCorrected(plenary(1, 10, 30), election, "NZL omitted",
                org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1, 11, 0), "CHE", "NZL")));
        await().atMost(Duration.ofSeconds(30)).until(() -> store.position(ID) == 11);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/api/meetings/" + path;
    }

    @Test
    void everyViewIsServedWithCorrectionsApplied() {
        JsonNode agenda = Http.getJson(url(ID + "/agenda"));
        assertThat(agenda.path("items")).hasSize(4);
        assertThat(agenda.path("items").get(1).path("state").asText()).isEqualTo("CONCLUDED");
        assertThat(agenda.path("items").get(2).path("state").asText()).isEqualTo("TAKEN_UP");
        assertThat(agenda.path("items").get(2).path("takenUp").get(0).path("plenarySession").asInt()).isEqualTo(1);
        assertThat(agenda.path("items").get(2).path("documents").get(0).asText()).isEqualTo("CCM/MSP/2024/WP.1");

        JsonNode officers = Http.getJson(url(ID + "/officers"));
        assertThat(officers.path("president").path("person").path("name").asText()).isEqualTo("Anna Ruiz");
        assertThat(officers.path("elected").findValuesAsText("state")).containsExactly("CHE", "NZL");

        JsonNode participants = Http.getJson(url(ID + "/participants"));
        assertThat(participants.path("categories").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(participants.path("total").asInt()).isEqualTo(2);

        JsonNode documents = Http.getJson(url(ID + "/documents"));
        assertThat(documents.path("documents").get(0).path("withdrawn").asBoolean()).isTrue();

        JsonNode decisions = Http.getJson(url(ID + "/decisions?state=NZL"));
        assertThat(decisions.path("decisions")).hasSize(1);
        assertThat(decisions.path("decisions").get(0).path("eventIds")).hasSize(2);
        assertThat(Http.getJson(url(ID + "/decisions?kind=agenda-adopted&agendaItem=2")).path("decisions")).hasSize(1);

        assertThat(Http.getJson(url(ID + "/coordinators")).path("coordinations")).isEmpty();
    }

    @Test
    void theTimelineLinksTheCorrectionAndCanBeOrderedAndFiltered() {
        JsonNode timeline = Http.getJson(url(ID + "/timeline?order=logging"));
        assertThat(timeline).hasSize(12);
        JsonNode original = timeline.get(8);
        assertThat(original.path("eventId").asText()).isEqualTo(election);
        assertThat(original.path("status").asText()).isEqualTo("CORRECTED");
        assertThat(original.path("current").asText()).isEqualTo("CHE and NZL elected Vice-Presidents by acclamation");
        JsonNode correction = timeline.get(11);
        assertThat(correction.path("corrects").asText()).isEqualTo(election);
        assertThat(correction.path("before").asText()).isEqualTo("CHE elected Vice-President by acclamation");
        assertThat(correction.path("loggedBy").asText()).isEqualTo("clerk");
        assertThat(correction.path("loggedAt").asText()).isNotBlank();

        assertThat(Http.getJson(url(ID + "/timeline?kind=agenda-item-taken-up")).findValuesAsText("agendaItem"))
                .containsExactly("2", "10");
        assertThat(Http.getJson(url(ID + "/timeline?state=NZL")).findValuesAsText("sequence")).containsExactly("11");
        assertThat(Http.getJson(url(ID + "/timeline?plenarySession=1&agendaItem=10&order=meeting")).findValuesAsText("sequence"))
                .containsExactly("7", "11", "8", "9", "10");
    }

    @Test
    void asOfFoldsTheStreamUpToASequenceAMeetingTimeOrALoggingInstant() {
        assertThat(Http.getJson(url(ID + "/agenda?asOf=4")).path("items")).isEmpty();
        assertThat(Http.getJson(url(ID + "/agenda?asOf=5")).path("items")).hasSize(4);
        assertThat(Http.getJson(url(ID + "/officers?asOf=10")).path("elected").findValuesAsText("state"))
                .containsExactly("CHE");
        String withdrawalLogged = Http.getJson(url(ID + "/timeline?order=logging")).get(10).path("loggedAt").asText();
        assertThat(Http.getJson(url(ID + "/officers?asOf=" + withdrawalLogged)).path("elected").findValuesAsText("state"))
                .containsExactly("CHE");
        assertThat(Http.getJson(url(ID + "/documents?asOf=2024-09-10T11:30")).path("documents").get(0).path("withdrawn").asBoolean())
                .isFalse();
        assertThat(Http.getJson(url(ID + "/timeline?asOf=2024-09-10T10:59")).size()).isEqualTo(9);
        assertThat(Http.getJson(url(ID + "/participants?asOf=2024-09-10")).path("total").asInt()).isEqualTo(2);
        assertThat(Http.getJson(url(ID + "/timeline?asOf=3")).size()).isEqualTo(4);
    }

    @Test
    void anUnknownMeetingIs404AndAMalformedAsOfIs400() {
        for (String view : List.of("agenda", "officers", "participants", "documents", "decisions", "coordinators", "timeline", "stream")) {
            var response = Http.get(url("no-such-meeting/" + view));
            assertThat(response.statusCode()).as(view).isEqualTo(404);
            assertThat(Http.json(response).path("title").asText()).isEqualTo("Unknown meeting");
        }
        assertThat(Http.get(url("no-such-meeting/agenda?asOf=3")).statusCode()).isEqualTo(404);
        for (String asOf : List.of("yesterday", "2024-13-01", "2024-09-10T25:00", "-3", "12abc")) {
            var response = Http.get(url(ID + "/agenda?asOf=" + asOf));
            assertThat(response.statusCode()).as(asOf).isEqualTo(400);
            assertThat(Http.json(response).path("title").asText()).isEqualTo("Malformed asOf");
        }
        assertThat(Http.get(url(ID + "/timeline?order=alphabetical")).statusCode()).isEqualTo(400);
    }

    @Test
    void theViewsAreDocumentedInOpenApi() {
        JsonNode paths = Http.getJson("http://localhost:" + port + "/v3/api-docs").path("paths");
        for (String view : List.of("agenda", "officers", "participants", "documents", "decisions", "coordinators", "timeline", "stream")) {
            assertThat(paths.has("/api/meetings/{meetingId}/" + view)).as(view).isTrue();
        }
        assertThat(paths.has("/api/admin/rebuild")).isTrue();
        assertThat(paths.path("/api/meetings/{meetingId}/agenda").toString()).contains("\"asOf\"");
        assertThat(paths.path("/api/meetings/{meetingId}/agenda").path("get").path("responses").path("200").toString())
                .as("the view documents what it answers").contains("agenda-status");
        JsonNode schemas = Http.getJson("http://localhost:" + port + "/v3/api-docs").path("components").path("schemas");
        assertThat(schemas.fieldNames()).toIterable().as("every schema has a chosen public name, never a Java class's")
                .isNotEmpty().allMatch(name -> name.matches("[a-z][a-z0-9-]*(\\.[a-z]+)?"))
                .contains("person", "holder", "timeline-entry").doesNotContain("Person", "SseEmitter");
        assertThat(schemas.toString()).doesNotContain("#/components/schemas/Person");
    }
}
