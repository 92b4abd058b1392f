package org.rapporteur.query.projection;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.ReadModelDocuments;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.timeline.Timeline;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A query side stopped in the middle of the stream resumes from its token and ends where an uninterrupted run would. */
class ResumeAfterStopTest {

    private static final List<String> MEETINGS = List.of("ccm-10msp", "ccm-11msp", "ccm-12msp");

    private EmbeddedMongoStore store;
    private ConfigurableApplicationContext querySide;

    @AfterEach
    void stop() {
        if (querySide != null) querySide.close();
        if (store != null) store.close();
    }

    @Test
    void readModelsEndIdenticalToAnUninterruptedRun(@TempDir Path data) {
        store = EmbeddedMongoStore.open(data);
        try (StoreWriter writer = new StoreWriter(store.connectionString())) {
            writer.log(MEETINGS, 200, 20);

            querySide = QuerySides.start(store, "first");
            MeetingProjector first = querySide.getBean(MeetingProjector.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> first.handled() >= 60);
            querySide.close();
            ReadModelStore stopped = new ReadModelStore(database(writer));
            assertThat(MEETINGS.stream().mapToLong(stopped::position).sum())
                    .as("stopped in the middle of the stream").isLessThan(3 * 199);

            writer.log(MEETINGS, 30, 10);
            querySide = QuerySides.start(store, "restarted");
            ReadModelStore readModels = querySide.getBean(ReadModelStore.class);
            await().atMost(Duration.ofSeconds(120)).until(() -> MEETINGS.stream().allMatch(m -> readModels.position(m) == 229));

            assertThat(querySide.getBean(MeetingProjector.class).handled())
                    .as("resumed from its token rather than from the start").isLessThan(3 * 230);
            MongoDatabase database = querySide.getBean(MongoDatabase.class);
            Map<String, List<org.bson.Document>> stored = ReadModelDocuments.of(database);
            Map<String, List<org.bson.Document>> uninterrupted = uninterrupted(querySide.getBean(MeetingHistoryLoader.class));
            for (MeetingView view : MeetingView.values()) {
                assertThat(json(stored.get(view.collection()))).as(view.collection()).isEqualTo(json(uninterrupted.get(view.collection())));
            }
            assertThat(json(stored.get(ReadModelStore.TIMELINE))).isEqualTo(json(uninterrupted.get(ReadModelStore.TIMELINE)));
        }
    }

    private static List<String> json(List<org.bson.Document> documents) {
        return documents.stream().map(org.bson.Document::toJson).toList();
    }

    private MongoDatabase database(StoreWriter writer) {
        return com.mongodb.client.MongoClients.create(store.connectionString()).getDatabase("rapporteur");
    }

    /** The documents an uninterrupted run writes: every view folded over each meeting's whole stream. */
    private static Map<String, List<org.bson.Document>> uninterrupted(MeetingHistoryLoader loader) {
        Map<String, List<org.bson.Document>> documents = new java.util.TreeMap<>();
        for (String meeting : MEETINGS) {
            MeetingHistory history = loader.load(meeting);
            for (MeetingView view : MeetingView.values()) {
                documents.computeIfAbsent(view.collection(), c -> new ArrayList<>())
                        .add(ReadModelStore.viewDocument(meeting, view.fold(history)));
            }
            documents.computeIfAbsent(ReadModelStore.TIMELINE, c -> new ArrayList<>())
                    .addAll(TimelineBlocks.documents(meeting, Timeline.of(history)));
        }
        documents.get(ReadModelStore.TIMELINE).sort(java.util.Comparator.comparing(d -> d.getString("_id")));
        return documents;
    }
}
