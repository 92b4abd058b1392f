package org.rapporteur.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.agenda.AgendaStatus;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.timeline.Timeline;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live views answer for the meeting's last event: while the projection has not reached it (stopped here, as a server
 * that has just started is still catching up), they are folded from the stream, not read behind it.
 */
class ViewsBehindTheStoreTest {

    private static final String MEETING = "ccm-11msp";

    private EmbeddedMongoStore store;
    private ConfigurableApplicationContext querySide;

    @AfterEach
    void stop() {
        if (querySide != null) querySide.close();
        if (store != null) store.close();
    }

    @Test
    void viewsAndTimelineAreTheFoldOfTheWholeStreamWhileTheProjectionIsBehind(@TempDir Path data) {
        store = EmbeddedMongoStore.open(data);
        try (StoreWriter writer = new StoreWriter(store.connectionString())) {
            writer.log(List.of(MEETING), 40, 10);
            querySide = QuerySides.start(store, "behind");
            ReadModelStore readModels = querySide.getBean(ReadModelStore.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> readModels.position(MEETING) == 39);
            querySide.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);

            writer.log(List.of(MEETING), 15, 5);
            MeetingViews views = querySide.getBean(MeetingViews.class);
            MeetingHistory whole = querySide.getBean(MeetingHistoryLoader.class).load(MEETING);
            assertThat(whole.lastSequence()).isEqualTo(54);
            assertThat(readModels.position(MEETING)).as("the projection stopped behind").isEqualTo(39);
            assertThat(readModels.timelineAfter(MEETING, -1)).hasSize(40);

            assertThat(views.timeline(MEETING, null)).isEqualTo(Timeline.of(whole)).hasSize(55);
            assertThat(views.view(MEETING, MeetingView.AGENDA, AgendaStatus.class, null))
                    .isEqualTo(MeetingView.AGENDA.fold(whole));
        }
    }
}
