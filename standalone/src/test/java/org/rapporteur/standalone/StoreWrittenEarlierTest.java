package org.rapporteur.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.rapporteur.events.catalogue.RetiredKinds;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.history.MeetingHistory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by an earlier version opens and reads as it did: {@code stored-before-19/domainevents.jsonl} holds
 * the stored documents (canonical extended JSON) of three examples recorded by the code of 2 December 2026, before
 * issue 19 named kinds and families in the catalogue and corrections by kind (corrections then named the corrected
 * event's Java class). Loaded into a fresh embedded store, each meeting reports as its golden report (what this
 * code reports for the same example; the old store reported exactly that when it was written) and its timeline lists
 * the same kinds and statuses as it did then ({@code <meeting>.timeline.txt}, written with the documents); recording
 * its scenario file again records nothing (each action is known by its command id and fingerprint).
 */
class StoreWrittenEarlierTest extends CommandLineRuns {

    private static final Path STORED = Path.of("src/test/resources/stored-before-19");
    private static final Path GOLDEN = Path.of("../query-side/src/test/resources/report/golden");

    @BeforeEach
    void loadTheStoredDocuments() throws IOException {
        List<Document> documents = Files.readAllLines(STORED.resolve("domainevents.jsonl"), StandardCharsets.UTF_8)
                .stream().map(Document::parse).toList();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(Path.of(store()));
             MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("rapporteur").getCollection("domainevents").insertMany(documents);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ccm-12msp", "ccm-13msp-sample", "cites-sample"})
    void reportsAndListsItsActionsAsWhenItWasWritten(String meeting) throws IOException {
        assertThat(cli("report", meeting, "--data", store())).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo(Files.readString(GOLDEN.resolve(meeting + ".en.md"), StandardCharsets.UTF_8));

        assertThat(cli("timeline", meeting, "--data", store())).as(stderr()).isZero();
        assertThat(beforeDescriptions(stdout()))
                .isEqualTo(beforeDescriptions(Files.readString(STORED.resolve(meeting + ".timeline.txt"), StandardCharsets.UTF_8)));
    }

    /**
     * The report's and the timeline's reading of the store, from its file in this process, gives the very history
     * that reading through the embedded server and the MongoDB driver gives (the way a MongoDB server is read):
     * every stored event, the retired kinds and the corrections of revision 1 upcast alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ccm-12msp", "ccm-13msp-sample", "cites-sample"})
    void readsTheSameHistoryFromTheFileAsThroughTheServer(String meeting) throws IOException {
        StoreOptions options = new StoreOptions();
        options.data = Path.of(store());
        options.mongoUri = "";
        options.database = "rapporteur";
        MeetingHistory inProcess = StoredMeetings.historyAsOf(options, meeting, null);
        MeetingHistory throughServer;
        try (StoredMeetings meetings = StoredMeetings.forReading(options)) {
            throughServer = meetings.history(meeting);
        }
        assertThat(inProcess.events()).isEqualTo(throughServer.events());
        long stored = Files.readAllLines(STORED.resolve("domainevents.jsonl"), StandardCharsets.UTF_8).stream()
                .map(Document::parse).filter(d -> meeting.equals(d.getString("aggregateIdentifier"))).count();
        assertThat(inProcess.events()).hasSize((int) stored);
    }

    /**
     * The CCM files have been re-expressed since the store was written (officers-elected for the retired
     * vice-presidents-elected, {session:N} for {msp:N} in adopted text): recorded again they differ, line by line, from
     * what the store holds under their command ids, and are refused as edited files are; the CITES file is as it was
     * but for its French renderings (texts-translated), appended since in two actions: they are all it records.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cites-sample"})
    void knowsEachActionOfItsFileAsRecordedAlready(String meeting) {
        assertThat(cli("record", examples().resolve(meeting + ".yaml").toString(), "--data", store())).as(stderr()).isZero();
        assertThat(stdout()).contains("recorded 2 more actions of " + meeting + " (54 were already recorded)");
    }

    /**
     * Each line of a timeline up to its description: position, clocks, who logged it, kind and status, spaces
     * collapsed; a kind retired since is listed as the kind it is read as now.
     */
    private static List<String> beforeDescriptions(String timeline) {
        List<String> lines = timeline.lines().toList();
        int description = lines.stream().filter(line -> line.contains("description")).findFirst().orElseThrow()
                .indexOf("description");
        return lines.stream().map(line -> line.substring(0, Math.min(description, line.length())).strip())
                .map(StoreWrittenEarlierTest::retiredKindsAsReadNow).map(line -> line.replaceAll("[ -]{2,}", " "))
                .toList();
    }

    private static String retiredKindsAsReadNow(String line) {
        String read = line;
        for (String retired : RetiredKinds.all().keySet()) {
            read = read.replace(retired, RetiredKinds.readAs(retired).orElseThrow());
        }
        return read;
    }
}
