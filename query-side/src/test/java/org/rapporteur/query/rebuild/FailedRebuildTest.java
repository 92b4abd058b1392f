package org.rapporteur.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.Http;
import org.rapporteur.query.MeetingStreams;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.ScriptedMeetings;
import org.rapporteur.query.TemporaryStores;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A rebuild that fails says why, and the processors go on projecting what is logged afterwards. */
@SpringBootTest(classes = {QuerySideApplication.class, FailedRebuildTest.Broken.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapporteur.security.enabled=false")
class FailedRebuildTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", TemporaryStores.directory("query-failed-rebuild"));
    }

    @TestConfiguration
    static class Broken {
        @Bean
        MeetingProjection brokenProjection() {
            return new MeetingProjection() {
                @Override
                public void project(String meetingId, List<RecordedEvent> events) {
                    throw new IllegalStateException("cannot project " + meetingId);
                }

                @Override
                public void forget() {
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelStore store;

    @Test
    void aFailedRebuildReportsItsCauseAndLiveProjectionGoesOn() {
        MeetingStreams streams = new MeetingStreams(eventStore);
        ScriptedMeetings.log(streams, List.of("ccm-11msp"), 30);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.position("ccm-11msp") == 29);

        String url = "http://localhost:" + port + "/api/admin/rebuild";
        assertThat(Http.post(url).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.getJson(url).path("state").asText().equals("FAILED"));
        JsonNode progress = Http.getJson(url);
        assertThat(progress.path("error").asText()).contains("cannot project ccm-11msp");

        streams.log("ccm-11msp", ScriptedMeetings.action(30, n -> null));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.timelineAfter("ccm-11msp", 29).size() == 1);
    }
}
