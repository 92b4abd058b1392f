package org.rapporteur.query.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A store whose timeline an earlier version wrote one document per event is rebuilt when the query side starts. */
class EarlierLayoutRebuildTest {

    @Test
    void anEarlierTimelineLayoutIsRebuiltAtStart(@TempDir Path data) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             StoreWriter writer = new StoreWriter(store.connectionString());
             MongoClient client = MongoClients.create(store.connectionString())) {
            writer.log(List.of("ccm-12msp"), 80, 20);
            MongoDatabase database = client.getDatabase("rapporteur");
            database.getCollection(EarlierLayoutRebuild.EARLIER_TIMELINE).insertOne(new Document("_id", "ccm-12msp/0").append("meetingId", "ccm-12msp").append("sequence", 0L)
                    .append("entry", "{}"));

            ConfigurableApplicationContext querySide = QuerySides.start(store, "upgraded");
            try {
                ReadModelStore readModels = querySide.getBean(ReadModelStore.class);
                ProjectionRebuild rebuild = querySide.getBean(ProjectionRebuild.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.progress().state() == RebuildProgress.State.DONE);
                assertThat(readModels.timelineAfter("ccm-12msp", -1)).hasSize(80);
                assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain(EarlierLayoutRebuild.EARLIER_TIMELINE);
            } finally {
                querySide.close();
            }
        }
    }
}
