package org.rapporteur.eventstore;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store answers only the process that opened it, and its files are the owner's alone. */
class EmbeddedStoreSecurityTest {

    @Test
    void withoutTheCredentialsNothingCanBeReadOrWritten(@TempDir Path data) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient owner = MongoClients.create(store.connectionString())) {
            owner.getDatabase("rapporteur").getCollection("domainevents").insertOne(new Document("_id", "e1"));
            String anonymous = "mongodb://127.0.0.1:" + store.address().getPort() + "/?serverSelectionTimeoutMS=5000";
            try (MongoClient other = MongoClients.create(anonymous)) {
                MongoCollection<Document> events = other.getDatabase("rapporteur").getCollection("domainevents");
                assertThatThrownBy(() -> events.find().first())
                        .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13));
                assertThatThrownBy(() -> events.insertOne(new Document("_id", "forged")))
                        .isInstanceOf(MongoCommandException.class);
                assertThatThrownBy(() -> other.listDatabaseNames().first()).isInstanceOf(MongoCommandException.class);
            }
        }
    }

    @Test
    void aWrongPasswordIsRefused(@TempDir Path data) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data)) {
            String guessed = "mongodb://rapporteur:guessed@127.0.0.1:" + store.address().getPort()
                    + "/?authSource=admin&authMechanism=SCRAM-SHA-256&serverSelectionTimeoutMS=5000";
            try (MongoClient other = MongoClients.create(guessed)) {
                assertThatThrownBy(() -> other.getDatabase("rapporteur").getCollection("domainevents").find().first())
                        .hasRootCauseInstanceOf(MongoCommandException.class)
                        .isInstanceOf(MongoSecurityException.class);
            }
        }
    }

    @Test
    void eachOpeningMakesUpItsOwnPassword(@TempDir Path data) {
        String first;
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data)) {
            first = store.connectionString();
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data)) {
            assertThat(store.connectionString()).isNotEqualTo(first);
            assertThat(store.address().getAddress().isLoopbackAddress()).isTrue();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theDirectoryAndTheFileAreTheOwnersAlone(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("data");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient owner = MongoClients.create(store.connectionString())) {
            owner.getDatabase("rapporteur").getCollection("domainevents").withWriteConcern(WriteConcern.JOURNALED)
                    .insertOne(new Document("_id", "e1"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(EmbeddedMongoStore.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
        // a directory made before, readable by everyone, is narrowed when the store opens it
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve(EmbeddedMongoStore.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             MongoClient owner = MongoClients.create(store.connectionString())) {
            assertThat(owner.getDatabase("rapporteur").getCollection("domainevents").countDocuments()).isEqualTo(1);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(EmbeddedMongoStore.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }
}
