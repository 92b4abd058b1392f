package org.rapporteur.standalone;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A restarted standalone app finds its meetings on disk and its projection resumes from its token. */
class StandaloneRestartTest {

    private static final AtomicInteger CONVENINGS_PROJECTED = new AtomicInteger();
    private static final int SEGMENTS = 4;

    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void meetingsSurviveARestartAndAreNotProjectedTwice(@TempDir Path data) {
        CONVENINGS_PROJECTED.set(0);
        app = start(data);
        assertThat(Http.post(url("/api/meetings"), Http.TWELFTH_MEETING).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(url("/api/meetings/ccm-12msp")).statusCode() == 200);
        // delivery is at-least-once: a stop before every segment stored its token would legitimately replay the event
        await().atMost(Duration.ofSeconds(60)).until(() -> storedTokens() == SEGMENTS);
        app.close();

        app = start(data);
        assertThat(Http.get(url("/api/meetings/ccm-12msp")).statusCode()).isEqualTo(200);
        String thirteenth = Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-13msp").replace("\"ordinal\": 12", "\"ordinal\": 13");
        assertThat(Http.post(url("/api/meetings"), thirteenth).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(url("/api/meetings/ccm-13msp")).statusCode() == 200);

        assertThat(CONVENINGS_PROJECTED).as("each convening projected once across the restart").hasValue(2);
        assertThat(Http.json(Http.get(url("/api/meetings"))).size()).isEqualTo(2);
    }

    private ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(StandaloneApplication.class, CountingHandler.class)
                .run("--server.port=0", "--rapporteur.mongo.data=" + data);
    }

    private long storedTokens() {
        return app.getBean(MongoDatabase.class).getCollection("trackingtokens")
                .countDocuments(Filters.and(Filters.eq("processorName", ProjectionConfiguration.PROCESSOR), Filters.ne("token", null)));
    }

    private String url(String path) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path;
    }

    /** Registered as a source of this test's contexts only: not a component, so no other test's scan finds it. */
    @ProcessingGroup(ProjectionConfiguration.PROCESSOR)
    static class CountingHandler {
        @EventHandler
        void on(MeetingConvened event) {
            CONVENINGS_PROJECTED.incrementAndGet();
        }
    }
}
