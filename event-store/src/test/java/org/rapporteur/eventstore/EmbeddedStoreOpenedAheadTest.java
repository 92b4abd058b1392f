package org.rapporteur.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store opened ahead is the one the next opening of its directory gets, failing as that opening would have. */
class EmbeddedStoreOpenedAheadTest {

    @AfterEach
    void nothingLeftOpen() {
        EmbeddedMongoStore.closeUnclaimed();
    }

    @Test
    void theNextOpeningOfTheDirectoryTakesIt(@TempDir Path data) throws Exception {
        CompletableFuture<EmbeddedMongoStore> meanwhile = new CompletableFuture<>();
        EmbeddedMongoStore.openAhead(data, meanwhile::complete);
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data.resolve(".").resolve("..").resolve(data.getFileName()))) {
            assertThat(meanwhile.get(10, TimeUnit.SECONDS)).isSameAs(store);
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                client.getDatabase("rapporteur").getCollection("c").insertOne(new Document("_id", "x"));
                assertThat(client.getDatabase("rapporteur").getCollection("c").countDocuments()).isEqualTo(1);
            }
            // taken once: another opening is a second holder of the directory
            assertThatThrownBy(() -> EmbeddedMongoStore.open(data))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
        }
    }

    @Test
    void aFailureAheadIsThrownByTheOpeningThatTakesIt(@TempDir Path data) {
        try (EmbeddedMongoStore holder = EmbeddedMongoStore.open(data)) {
            EmbeddedMongoStore.openAhead(data);
            assertThatThrownBy(() -> EmbeddedMongoStore.open(data))
                    .isInstanceOf(EmbeddedMongoStore.DataDirectoryInUseException.class);
        }
    }

    @Test
    void anotherDirectoryIsOpenedAsAlwaysAndTheUnclaimedOneClosed(@TempDir Path data) {
        Path ahead = data.resolve("ahead");
        EmbeddedMongoStore.openAhead(ahead);
        try (EmbeddedMongoStore other = EmbeddedMongoStore.open(data.resolve("other"))) {
            assertThat(other.connectionString()).startsWith("mongodb://");
        }
        EmbeddedMongoStore.closeUnclaimed();
        try (EmbeddedMongoStore reopened = EmbeddedMongoStore.open(ahead)) {
            assertThat(reopened.connectionString()).startsWith("mongodb://");
        }
    }
}
