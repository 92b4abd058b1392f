package org.rapporteur.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.ScenarioHistories;

import java.nio.file.Path;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** Every view is stored as its BSON bytes and reads back as folded; a view an earlier version nested reads as well. */
class StoredViewsTest {

    @Test
    void everyViewReadsBackAsFoldedFromItsBytesAndFromTheEarlierNestedDocument(@TempDir Path data) {
        MeetingHistory history = ScenarioHistories.of("ccm-12msp");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("rapporteur");
            ReadModelStore readModels = new ReadModelStore(database);
            for (MeetingView view : MeetingView.values()) {
                Object folded = view.fold(history);
                readModels.store("ccm-12msp", view, folded);
                database.getCollection(view.collection()).insertOne(new Document("_id", "earlier")
                        .append("view", StoredBytes.document(StoredBytes.of(ViewDocuments.write(folded)))));

                Document stored = database.getCollection(view.collection()).find(eq("_id", "ccm-12msp")).first();
                assertThat(stored.get("view")).as(view.name()).isInstanceOf(Binary.class);
                assertThat(database.getCollection(view.collection()).find(eq("_id", "earlier")).first().get("view"))
                        .isInstanceOf(Document.class);
                for (String meeting : new String[] {"ccm-12msp", "earlier"}) {
                    Object read = readModels.view(meeting, view, view.type()).orElseThrow();
                    assertThat(EventFacts.toTree(read)).as(view.name() + " of " + meeting).isEqualTo(EventFacts.toTree(folded));
                }
            }
        }
    }
}
