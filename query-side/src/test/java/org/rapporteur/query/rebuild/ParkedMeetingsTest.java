package org.rapporteur.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.Http;
import org.rapporteur.query.MeetingStreams;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.ScriptedMeetings;
import org.rapporteur.query.TemporaryStores;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.IncompleteViews;
import org.rapporteur.query.projection.MeetingBatches;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ParkedMeetings;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection failing on one meeting parks that meeting and goes on with the others, live and in a rebuild; the
 * meeting's answers and health say its views are incomplete and why; a retry after the fix projects it again.
 */
@SpringBootTest(classes = {QuerySideApplication.class, ParkedMeetingsTest.Broken.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rapporteur.security.enabled=false", "rapporteur.projections.retry-parked=1h",
                "management.endpoint.health.show-details=always"})
class ParkedMeetingsTest {

    private static final String POISONED = "ccm-11msp";
    private static final String HEALTHY = "ccm-12msp";
    private static final AtomicBoolean BROKEN = new AtomicBoolean(true);
    private static final Map<String, Long> PROJECTED = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", TemporaryStores.directory("query-parked"));
    }

    @TestConfiguration
    static class Broken {
        @Bean
        BrokenProjection brokenProjection(ParkedMeetings parked) {
            return new BrokenProjection(parked);
        }
    }

    /** Fails on one meeting until it is fixed; remembers how far it projected the others. */
    @ProcessingGroup(ProjectionConfiguration.PROCESSOR)
    static class BrokenProjection implements MeetingProjection {
        private final MeetingBatches batches;

        BrokenProjection(ParkedMeetings parked) {
            batches = new MeetingBatches(name(), parked, this::project);
        }

        @EventHandler
        void on(MeetingEvent event, DomainEventMessage<?> message) {
            batches.add(message, event);
        }

        @Override
        public void project(String meetingId, List<RecordedEvent> events) {
            if (BROKEN.get() && meetingId.equals(POISONED)) {
                throw new IllegalStateException("cannot project " + meetingId);
            }
            events.forEach(e -> PROJECTED.merge(meetingId, e.sequence(), Math::max));
        }

        @Override
        public void forget() {
            PROJECTED.clear();
        }

        @Override
        public String name() {
            return "broken";
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelStore store;
    @Autowired
    ParkedMeetings parked;

    @Test
    void aMeetingAProjectionFailsOnIsParkedAndTheOthersGoOn() {
        MeetingStreams streams = new MeetingStreams(eventStore);
        ScriptedMeetings.log(streams, List.of(POISONED, HEALTHY), 30);

        // live: the other meeting, and the other projections of the same processor, are not held up
        await().atMost(Duration.ofSeconds(30)).until(() -> PROJECTED.getOrDefault(HEALTHY, -1L) == 29
                && store.position(HEALTHY) == 29 && store.position(POISONED) == 29);
        assertThat(parked.isParked("broken", POISONED)).isTrue();
        assertThat(PROJECTED).doesNotContainKey(POISONED);
        saysIncomplete();

        // a rebuild completes for every other meeting and parks the poisoned one again
        assertThat(Http.post(url("/api/admin/rebuild")).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.getJson(url("/api/admin/rebuild")).path("state").asText().equals("DONE"));
        assertThat(store.position(HEALTHY)).isEqualTo(29);
        assertThat(store.position(POISONED)).isEqualTo(29);
        assertThat(PROJECTED.get(HEALTHY)).isEqualTo(29);
        saysIncomplete();

        // after the fix, a retry projects it from its whole stream, and what is logged next is projected live
        BROKEN.set(false);
        assertThat(Http.json(Http.post(url("/api/admin/parked/retry")))).isEmpty();
        assertThat(PROJECTED.get(POISONED)).isEqualTo(29);
        HttpResponse<String> agenda = Http.get(url("/api/meetings/" + POISONED + "/agenda"));
        assertThat(agenda.headers().allValues(IncompleteViews.HEADER)).isEmpty();
        assertThat(Http.getJson(url("/actuator/health")).path("components").path("projections").path("status").asText()).isEqualTo("UP");
        streams.log(POISONED, ScriptedMeetings.action(30, n -> null));
        await().atMost(Duration.ofSeconds(20)).until(() -> PROJECTED.get(POISONED) == 30);
    }

    private void saysIncomplete() {
        List<String> header = Http.get(url("/api/meetings/" + POISONED + "/agenda")).headers().allValues(IncompleteViews.HEADER);
        assertThat(header).singleElement().asString()
                .startsWith("broken incomplete at event 0 (meeting-convened)")
                .contains("IllegalStateException: cannot project " + POISONED);
        assertThat(Http.get(url("/api/meetings/" + HEALTHY + "/agenda")).headers().allValues(IncompleteViews.HEADER)).isEmpty();
        JsonNode projections = Http.getJson(url("/actuator/health")).path("components").path("projections");
        assertThat(projections.path("status").asText()).isEqualTo("PARKED");
        assertThat(projections.path("details").path("meetings").toString()).contains(POISONED).doesNotContain(HEALTHY);
        assertThat(Http.getJson(url("/api/admin/parked")).findValuesAsText("meetingId")).containsExactly(POISONED);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
