package org.rapporteur.query.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.rapporteur.query.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

/**
 * A meeting's timeline stored in blocks: one document per {@value #SIZE} consecutive entries,
 * {@code {_id: "meeting/block", meetingId, block, entries: [entry, …]}}, the entry of sequence s at
 * {@code entries[s % SIZE]} of block {@code s / SIZE}. A rebuild writes a meeting's timeline in a few documents instead
 * of one per event; live, an entry is set at its place, so a batch redone after a restart writes the same document.
 */
final class TimelineBlocks {

    static final int SIZE = 50;

    private final MongoCollection<Document> collection;

    TimelineBlocks(MongoCollection<Document> collection) {
        this.collection = collection;
        ensureIndex();
    }

    void ensureIndex() {
        collection.createIndex(Indexes.ascending("meetingId", "block"));
    }

    /** The block documents holding these entries (a place without an entry is null). */
    static List<Document> documents(String meetingId, List<TimelineEntry> entries) {
        List<Document> documents = new ArrayList<>();
        byBlock(entries).forEach((block, places) -> documents.add(document(meetingId, block, places)));
        return documents;
    }

    /**
     * Stores entries: blocks that begin after {@code position} (the last sequence stored before) are new and inserted
     * whole; in the others, each entry is set at its place.
     */
    void store(String meetingId, List<TimelineEntry> entries, long position) {
        Map<Long, TreeMap<Integer, RawBsonDocument>> blocks = byBlock(entries);
        List<Document> fresh = new ArrayList<>();
        List<Long> freshBlocks = new ArrayList<>();
        for (Map.Entry<Long, TreeMap<Integer, RawBsonDocument>> block : blocks.entrySet()) {
            if (block.getKey() * SIZE > position) {
                fresh.add(document(meetingId, block.getKey(), block.getValue()));
                freshBlocks.add(block.getKey());
            } else {
                setPlaces(meetingId, block.getKey(), block.getValue());
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(fresh, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                long block = freshBlocks.get(error.getIndex());
                setPlaces(meetingId, block, blocks.get(block));
            }
        }
    }

    private void setPlaces(String meetingId, long block, TreeMap<Integer, RawBsonDocument> places) {
        List<Bson> updates = new ArrayList<>();
        places.forEach((place, entry) -> updates.add(Updates.set("entries." + place, StoredBytes.of(entry))));
        UpdateResult result = collection.updateOne(eq("_id", id(meetingId, block)), Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            collection.insertOne(document(meetingId, block, places));
        }
    }

    /** The meeting's entries after a sequence number, in logging order. */
    List<TimelineEntry> after(String meetingId, long sequence) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Document document : collection.find(and(eq("meetingId", meetingId), gte("block", (sequence + 1) / SIZE)))
                .sort(Sorts.ascending("block"))) {
            long first = document.get("block", Number.class).longValue() * SIZE;
            List<Object> places = document.getList("entries", Object.class);
            for (int place = (int) Math.max(0, sequence + 1 - first); place < places.size(); place++) {
                if (places.get(place) != null) {
                    entries.add(TimelineEntryDocuments.read(places.get(place)));
                }
            }
        }
        return entries;
    }

    private static Map<Long, TreeMap<Integer, RawBsonDocument>> byBlock(List<TimelineEntry> entries) {
        Map<Long, TreeMap<Integer, RawBsonDocument>> blocks = new TreeMap<>();
        for (TimelineEntry entry : entries) {
            blocks.computeIfAbsent(entry.sequence() / SIZE, b -> new TreeMap<>())
                    .put((int) (entry.sequence() % SIZE), TimelineEntryDocuments.write(entry));
        }
        return blocks;
    }

    private static Document document(String meetingId, long block, TreeMap<Integer, RawBsonDocument> places) {
        Binary[] entries = new Binary[places.lastKey() + 1];
        places.forEach((place, entry) -> entries[place] = StoredBytes.of(entry));
        return new Document("_id", id(meetingId, block)).append("meetingId", meetingId).append("block", block)
                .append("entries", Arrays.asList(entries));
    }

    private static String id(String meetingId, long block) {
        return meetingId + "/" + block;
    }
}
