package org.rapporteur.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.projection.MeetingProjector;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After a rebuild the processors go on from where it began: what it projected is not streamed to them again. */
class ProcessorsAfterRebuildTest {

    @Test
    void processorsStartAtTheHeadOfTheStore(@TempDir Path data) throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             ConfigurableApplicationContext app = QuerySides.start(store, "after-rebuild")) {
            app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            try (StoreWriter writer = new StoreWriter(store.connectionString())) {
                writer.log(List.of("ccm-1", "ccm-2", "ccm-3"), 400, 50);
                ProjectionRebuild rebuild = app.getBean(ProjectionRebuild.class);
                MeetingProjector projector = app.getBean(MeetingProjector.class);
                for (int round = 0; round < 2; round++) {
                    rebuild.start();
                    assertThat(rebuild.await(Duration.ofMinutes(2)).state()).isEqualTo(RebuildProgress.State.DONE);
                }
                long handled = projector.handled();

                writer.log(List.of("ccm-2"), 1, 1);
                ReadModelStore views = app.getBean(ReadModelStore.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> views.position("ccm-2") == 400);
                assertThat(projector.handled() - handled).as("events streamed to the processor after the rebuilds").isLessThan(50);
            }
        }
    }
}
