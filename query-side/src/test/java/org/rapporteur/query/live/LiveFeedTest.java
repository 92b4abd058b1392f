package org.rapporteur.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.MeetingStreams;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.TemporaryStores;
import org.rapporteur.query.SseClient;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rapporteur.query.TwelfthMeeting.*;

@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.enabled=false")
class LiveFeedTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", TemporaryStores.directory("query-live"));
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelStore store;
    @Autowired
    LiveFeed feed;

    private String stream(String meetingId) {
        return "http://localhost:" + port + "/api/meetings/" + meetingId + "/stream";
    }

    private static List<String> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    @Test
    void eachActionIsPushedAsProjectedAndAReconnectingClientGetsWhatItMissedOnce() throws Exception {
        String meeting = "ccm-live";
        MeetingStreams streams = new MeetingStreams(eventStore);
        streams.log(meeting, convening());
        await().atMost(Duration.ofSeconds(20)).until(() -> store.position(meeting) == 0);

        try (SseClient first = SseClient.open(stream(meeting), null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> feed.subscriberCount(meeting) == 1);
            streams.log(meeting, opened(1));
            streams.log(meeting, agenda(1));
            streams.log(meeting, takenUp(1, "10"));
            await().atMost(Duration.ofSeconds(20)).until(() -> first.received().size() == 3);
            assertThat(first.ids()).containsExactly("1", "2", "3");
            assertThat(first.received()).allSatisfy(e -> assertThat(e.name()).isEqualTo("action"));
            var entry = new ObjectMapper().readTree(first.received().get(2).data());
            assertThat(entry.path("description").asText()).isEqualTo("Agenda item 10 taken up");
            assertThat(entry.path("sequence").asLong()).isEqualTo(3);
        }

        streams.log(meeting, document(1, "CCM/MSP/2024/WP.1", "Missed while away"));
        streams.log(meeting, concluded(1, "10"));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.position(meeting) == 5);

        try (SseClient again = SseClient.open(stream(meeting), "3")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> again.received().size() == 2);
            streams.log(meeting, closed(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> again.received().size() == 3);
            assertThat(again.ids()).containsExactly("4", "5", "6");
        }
    }

    @Test
    void aClientReconnectingWhileActionsArriveMissesNothingAndGetsNothingTwice() {
        String meeting = "ccm-busy";
        MeetingStreams streams = new MeetingStreams(eventStore);
        streams.log(meeting, convening());
        for (int i = 1; i <= 20; i++) {
            streams.log(meeting, document(1, "CCM/MSP/2024/WP." + i, "Paper " + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> store.position(meeting) >= 5);
        try (SseClient reconnecting = SseClient.open(stream(meeting), "5")) {
            for (int i = 21; i <= 60; i++) {
                streams.log(meeting, document(1, "CCM/MSP/2024/WP." + i, "Paper " + i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> reconnecting.received().size() >= 55);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> reconnecting.received().size() == 55);
            assertThat(reconnecting.ids()).containsExactlyElementsOf(ids(6, 60));
        }
    }

    @Test
    void aMalformedLastEventIdIs400() {
        String meeting = "ccm-bad-id";
        new MeetingStreams(eventStore).log(meeting, convening());
        await().atMost(Duration.ofSeconds(20)).until(() -> store.position(meeting) == 0);
        try (SseClient client = SseClient.open(stream(meeting), "three")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.status() != 0);
            assertThat(client.status()).isEqualTo(400);
        }
    }
}
