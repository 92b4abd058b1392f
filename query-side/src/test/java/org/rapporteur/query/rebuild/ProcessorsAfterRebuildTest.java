package org.rapporteur.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.eventstore.EventTimestamps;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.projection.MeetingProjector;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a rebuild the processors go on from where it began: of what it projected they see again only the events of
 * the store's one-second look-back before that moment (and skip them), never the store.
 */
class ProcessorsAfterRebuildTest {

    private static final Duration LOOK_BACK = Duration.ofSeconds(1);

    @Test
    void processorsStartAtTheHeadOfTheStore(@TempDir Path data) throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             ConfigurableApplicationContext app = QuerySides.start(store, "after-rebuild")) {
            app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            try (StoreWriter writer = new StoreWriter(store.connectionString())) {
                writer.log(List.of("ccm-1", "ccm-2", "ccm-3"), 400, 50);
                ProjectionRebuild rebuild = app.getBean(ProjectionRebuild.class);
                MeetingProjector projector = app.getBean(MeetingProjector.class);
                RebuildProgress last = null;
                for (int round = 0; round < 2; round++) {
                    rebuild.start();
                    last = rebuild.await(Duration.ofMinutes(2));
                    assertThat(last.state()).isEqualTo(RebuildProgress.State.DONE);
                }
                long handled = projector.handled();

                writer.log(List.of("ccm-2"), 1, 1);
                ReadModelStore views = app.getBean(ReadModelStore.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> views.position("ccm-2") == 400);
                Instant lookBack = last.startedAt().minus(LOOK_BACK);
                long inLookBack = events(store).stream().filter(at -> !at.isBefore(lookBack)).count();
                assertThat(projector.handled() - handled).as("events streamed to the processor after the last rebuild")
                        .isLessThanOrEqualTo(inLookBack + 1);
                assertThat(views.position("ccm-1")).isEqualTo(399);
            }
        }
    }

    private static List<Instant> events(EmbeddedMongoStore store) {
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            return client.getDatabase("rapporteur").getCollection("domainevents").find()
                    .map(event -> EventTimestamps.parse(event.getString("timestamp"))).into(new ArrayList<>());
        }
    }
}
