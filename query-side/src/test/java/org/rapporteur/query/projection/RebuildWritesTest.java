package org.rapporteur.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;

import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's documents are inserted; one whose _id is taken after all replaces the document that has it. */
class RebuildWritesTest {

    @Test
    void aDocumentWhoseIdIsTakenReplacesTheOneStoredBefore(@TempDir Path data) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("rapporteur");
            database.getCollection("agenda").insertOne(new Document("_id", "ccm-1").append("view", "stored before"));
            RebuildWrites writes = new RebuildWrites(database, 10);
            writes.replace("agenda", new Document("_id", "ccm-1").append("view", "rebuilt"));
            writes.replace("agenda", new Document("_id", "ccm-2").append("view", "first"));
            writes.replace("agenda", new Document("_id", "ccm-2").append("view", "second"));
            writes.replace(ReadModelStore.POSITIONS, ReadModelStore.positionDocument("ccm-2", 7));
            writes.meetingDone();
            writes.flush();

            assertThat(database.getCollection("agenda").find().sort(new Document("_id", 1)).into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "ccm-1").append("view", "rebuilt"),
                            new Document("_id", "ccm-2").append("view", "second"));
            assertThat(database.getCollection(ReadModelStore.POSITIONS).find().first())
                    .isEqualTo(ReadModelStore.positionDocument("ccm-2", 7));
        }
    }
}
