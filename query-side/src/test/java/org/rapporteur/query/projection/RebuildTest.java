package org.rapporteur.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.Http;
import org.rapporteur.query.MeetingStreams;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.TemporaryStores;
import org.rapporteur.query.ReadModelDocuments;
import org.rapporteur.query.report.drafts.ReportStore;
import org.rapporteur.query.ScriptedMeetings;
import org.rapporteur.query.rebuild.ProjectionRebuild;
import org.rapporteur.query.rebuild.RebuildProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.enabled=false")
class RebuildTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", TemporaryStores.directory("query-rebuild"));
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelStore store;
    @Autowired
    MongoDatabase database;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    ReportStore reports;

    @Test
    void aRebuildProducesDocumentsIdenticalToTheLiveBuiltOnes() {
        List<String> meetings = List.of("ccm-11msp", "ccm-12msp", "ccm-13msp");
        MeetingStreams streams = new MeetingStreams(eventStore);
        ScriptedMeetings.log(streams, meetings, 120);
        await().atMost(Duration.ofSeconds(60)).until(() -> meetings.stream().allMatch(m -> store.position(m) == 119));
        await("each report stored once the store interval is over").atMost(Duration.ofSeconds(20))
                .until(() -> meetings.stream().allMatch(m -> reports.storedSequence(m).orElse(-1L) == 119));
        var liveBuilt = ReadModelDocuments.of(database);
        var liveReports = ReadModelDocuments.reports(database);
        assertThat(meetings).allSatisfy(m -> assertThat(store.timelineAfter(m, -1)).hasSize(120));

        String url = "http://localhost:" + port + "/api/admin/rebuild";
        assertThat(Http.post(url).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.getJson(url).path("state").asText().equals("DONE"));

        JsonNode progress = Http.getJson(url);
        assertThat(progress.path("position").asLong()).isEqualTo(360);
        assertThat(progress.path("total").asLong()).isEqualTo(360);
        assertThat(progress.path("percent").asDouble()).isEqualTo(100.0);
        assertThat(progress.path("eventsPerSecond").asDouble()).isPositive();
        assertThat(ReadModelDocuments.of(database)).isEqualTo(liveBuilt);
        assertThat(ReadModelDocuments.reports(database)).hasSize(3).isEqualTo(liveReports);
        assertThat(database.getCollection(ReadModelStore.TIMELINE).listIndexes().map(i -> i.get("key", org.bson.Document.class).keySet())
                .into(new java.util.ArrayList<>())).as("indexes made again").contains(java.util.Set.of("meetingId", "block"));

        streams.log("ccm-12msp", ScriptedMeetings.action(120, n -> null));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.position("ccm-12msp") == 120);
        assertThat(rebuild.progress().state()).isEqualTo(RebuildProgress.State.DONE);
    }
}
