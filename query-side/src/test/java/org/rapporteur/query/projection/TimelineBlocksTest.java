package org.rapporteur.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.timeline.TimelineEntry;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeline blocks written batch by batch, redone or corrected, end as the blocks of the whole timeline written at once. */
class TimelineBlocksTest {

    private static final String MEETING = "ccm-12msp";

    @TempDir
    Path data;
    private EmbeddedMongoStore store;
    private MongoClient client;
    private MongoCollection<Document> collection;
    private TimelineBlocks blocks;

    @BeforeEach
    void open() {
        store = EmbeddedMongoStore.open(data);
        client = MongoClients.create(store.connectionString());
        collection = client.getDatabase("rapporteur").getCollection("timeline");
        blocks = new TimelineBlocks(collection);
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    @Test
    void batchByBatchEndsAsTheWholeTimeline() {
        List<TimelineEntry> timeline = new ArrayList<>(entries(0, 130, "recorded"));
        blocks.store(MEETING, entries(0, 7, "recorded"), -1);
        blocks.store(MEETING, entries(7, 49, "recorded"), 6);
        blocks.store(MEETING, entries(49, 51, "recorded"), 48);
        blocks.store(MEETING, entries(51, 130, "recorded"), 50);
        blocks.store(MEETING, entries(100, 130, "recorded"), 99);
        assertThat(documents()).isEqualTo(json(TimelineBlocks.documents(MEETING, timeline)));

        List<TimelineEntry> corrected = entries(3, 4, "corrected");
        List<TimelineEntry> batch = new ArrayList<>(corrected);
        batch.addAll(entries(130, 131, "the correction"));
        blocks.store(MEETING, batch, 129);
        timeline.set(3, corrected.get(0));
        timeline.addAll(entries(130, 131, "the correction"));
        assertThat(documents()).isEqualTo(json(TimelineBlocks.documents(MEETING, timeline)));

        assertThat(blocks.after(MEETING, -1)).isEqualTo(timeline);
        assertThat(blocks.after(MEETING, 48)).isEqualTo(timeline.subList(49, 131));
        assertThat(blocks.after(MEETING, 130)).isEmpty();
        assertThat(blocks.after("ccm-13msp", -1)).isEmpty();
    }

    @Test
    void everyFieldReadsBackAsWritten() {
        TimelineEntry full = new TimelineEntry(60, "event-60", "action-corrected", 3, LocalDate.of(2024, 9, 10),
                LocalTime.of(10, 30), LocalDateTime.of(2024, 9, 10, 10, 30, 15), Instant.parse("2024-09-10T08:31:07.123456789Z"),
                "secretariat", "Statement by Japan (corrected)", "4.1", List.of("JPN", "KEN"), TimelineEntry.Status.CORRECTION,
                "event-12", "Statement by Japan", "Statement by Japan and Kenya", "a State left out", List.of("event-61"), "now");
        TimelineEntry sparse = new TimelineEntry(61, "event-61", "meeting-convened", null, null, null, null,
                Instant.EPOCH, null, "Meeting convened", null, List.of(), TimelineEntry.Status.RECORDED, null, null, null, null,
                List.of(), null);
        blocks.store(MEETING, List.of(full, sparse), -1);
        assertThat(blocks.after(MEETING, -1)).containsExactly(full, sparse);
    }

    @Test
    void entriesStoredAsJsonTextByAnEarlierVersionStillRead() throws Exception {
        List<TimelineEntry> earlier = entries(0, 3, "recorded");
        List<String> texts = new ArrayList<>();
        for (TimelineEntry entry : earlier) {
            texts.add(EventJson.mapper().writeValueAsString(entry));
        }
        collection.insertOne(new Document("_id", MEETING + "/0").append("meetingId", MEETING).append("block", 0L)
                .append("entries", texts));
        List<TimelineEntry> corrected = entries(1, 2, "corrected");
        blocks.store(MEETING, corrected, 2);
        assertThat(blocks.after(MEETING, -1)).containsExactly(earlier.get(0), corrected.get(0), earlier.get(2));
    }

    @Test
    void entriesStoredAsNestedDocumentsByAnEarlierVersionStillRead() {
        List<TimelineEntry> earlier = entries(0, 3, "recorded");
        List<Object> nested = new ArrayList<>();
        for (TimelineEntry entry : earlier) {
            nested.add(StoredBytes.document(StoredBytes.of(TimelineEntryDocuments.write(entry))));
        }
        collection.insertOne(new Document("_id", MEETING + "/0").append("meetingId", MEETING).append("block", 0L)
                .append("entries", nested));
        List<TimelineEntry> corrected = entries(1, 2, "corrected");
        blocks.store(MEETING, corrected, 2);
        assertThat(blocks.after(MEETING, -1)).containsExactly(earlier.get(0), corrected.get(0), earlier.get(2));
        assertThat(collection.find().first().getList("entries", Object.class))
                .extracting(e -> e.getClass().getSimpleName()).containsExactly("Document", "Binary", "Document");
    }

    private List<String> documents() {
        return json(collection.find().sort(new Document("block", 1)).into(new ArrayList<>()));
    }

    private static List<String> json(List<Document> documents) {
        return documents.stream().map(Document::toJson).toList();
    }

    private static List<TimelineEntry> entries(long from, long to, String description) {
        return LongStream.range(from, to).mapToObj(s -> new TimelineEntry(s, "event-" + s, "statement-delivered", 1,
                null, null, null, Instant.EPOCH.plusSeconds(s), "secretariat", description + " " + s, "1", List.of(),
                TimelineEntry.Status.RECORDED, null, null, null, null, List.of(), null)).toList();
    }
}
