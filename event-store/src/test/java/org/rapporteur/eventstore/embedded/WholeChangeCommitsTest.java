package org.rapporteur.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.StringDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A commit is a cut between whole changes: one begun while a change is under way waits for it, and a write command
 * waits while a commit takes the store's pages; reads go on meanwhile.
 */
class WholeChangeCommitsTest {

    private static final Duration HELD = Duration.ofMillis(300);

    @TempDir
    Path data;

    @Test
    void aCommitWaitsForTheChangeUnderWay() throws Exception {
        MVStore store = new MVStore.Builder().fileName(data.resolve("a.mv.db").toString()).autoCommitDisabled().open();
        try (GroupCommit commits = new GroupCommit(store, 60_000)) {
            MVMap<String, String> views = store.openMap("views");
            MVMap<String, String> positions = store.openMap("positions");
            CountDownLatch halfway = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            CompletableFuture<Void> change = CompletableFuture.runAsync(() -> commits.change(() -> {
                views.put("m", "view at 142");
                halfway.countDown();
                released(goOn);
                return positions.put("m", "142");
            }));
            assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> commit = CompletableFuture.runAsync(commits::awaitDurable);
            await().during(HELD).atMost(HELD.multipliedBy(10)).until(() -> !commit.isDone());
            assertThat(commits.commits()).isZero();

            goOn.countDown();
            change.get(5, TimeUnit.SECONDS);
            commit.get(5, TimeUnit.SECONDS);
            assertThat(commits.commits()).isOne();
        }
        store.close();
    }

    @Test
    void aWriteWaitsWhileACommitTakesThePagesAndAReadDoesNot() throws Exception {
        MVStore store = new MVStore.Builder().fileName(data.resolve("b.mv.db").toString()).autoCommitDisabled().open();
        GroupCommit commits = new GroupCommit(store, 60_000);
        MongoServer server = new MongoServer(new IndexedH2Backend(store, commits, null));
        try (commits; MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
            MongoCollection<Document> positions = client.getDatabase("rapporteur").getCollection("positions");
            positions.insertOne(new Document("_id", "m").append("sequence", 139));

            commits.commitLock().lock();
            CompletableFuture<Void> write;
            try {
                write = CompletableFuture.runAsync(() -> positions.insertOne(new Document("_id", "n").append("sequence", 0)));
                await().during(HELD).atMost(HELD.multipliedBy(10)).until(() -> !write.isDone());
                assertThat(positions.find(new Document("_id", "m")).first()).containsEntry("sequence", 139);
            } finally {
                commits.commitLock().unlock();
            }
            write.get(5, TimeUnit.SECONDS);
            assertThat(positions.countDocuments()).isEqualTo(2);
        } finally {
            server.shutdownNow();
            store.close();
        }
    }

    @Test
    void writersGoOnWhileACommitWritesThePagesItTookAndTheirChangesWaitForTheNext() throws Exception {
        CommitPoints file = new CommitPoints(Map.of());
        file.open(data.resolve("c.mv.db").toString(), false, null);
        MVStore store = new MVStore.Builder().adoptFileStore(file).autoCommitDisabled().autoCommitBufferSize(0).open();
        CountDownLatch serializing = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        try (GroupCommit commits = new GroupCommit(store, 60_000)) {
            MVMap<String, String> views = store.openMap("views",
                    new MVMap.Builder<String, String>().valueType(new StringDataType() {
                        @Override
                        public void write(WriteBuffer buff, String value) {
                            if (value.equals("view at 142")) {
                                serializing.countDown();
                                released(goOn);
                            }
                            super.write(buff, value);
                        }
                    }));
            MVMap<String, String> positions = store.openMap("positions");
            commits.change(() -> views.put("m", "view at 142"));
            CompletableFuture<Void> commit = CompletableFuture.runAsync(commits::awaitDurable);
            assertThat(serializing.await(5, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<String> write = CompletableFuture.supplyAsync(() -> commits.change(() -> positions.put("m", "142")));
            write.get(5, TimeUnit.SECONDS);
            assertThat(commit).isNotDone();

            goOn.countDown();
            commit.get(5, TimeUnit.SECONDS);
            assertThat(store.hasUnsavedChanges()).as("the write made while the pages were written waits for the next commit").isTrue();
            assertThat(commits.times().longestHeldNanos()).isLessThan(HELD.toNanos());
        } finally {
            goOn.countDown();
            store.close();
        }
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    private static void released(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
