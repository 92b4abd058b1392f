package org.rapporteur.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * What a rebuild stores, gathered over several meetings and written one bulk write per collection, meetings'
 * positions last: one request per meeting and collection had each replay thread waiting on the store about a dozen
 * times per meeting, which on a loaded machine took longer than the folding.
 */
public final class RebuildWrites {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoDatabase database;
    private final int meetingsPerWrite;
    private Map<String, List<WriteModel<Document>>> pending = new LinkedHashMap<>();
    private int meetings;

    public RebuildWrites(MongoDatabase database, int meetingsPerWrite) {
        this.database = database;
        this.meetingsPerWrite = meetingsPerWrite;
    }

    /** Stores the document in place of the one with its {@code _id}, if any. */
    public synchronized void replace(String collection, Document document) {
        add(collection, new ReplaceOneModel<>(eq("_id", document.get("_id")), document, UPSERT));
    }

    public synchronized void insert(String collection, Document document) {
        add(collection, new InsertOneModel<>(document));
    }

    private void add(String collection, WriteModel<Document> write) {
        pending.computeIfAbsent(collection, c -> new ArrayList<>()).add(write);
    }

    /** A meeting's writes are all gathered: written now if enough meetings are waiting. */
    public void meetingDone() {
        Map<String, List<WriteModel<Document>>> due = null;
        synchronized (this) {
            if (++meetings >= meetingsPerWrite) {
                due = take();
            }
        }
        if (due != null) {
            write(due);
        }
    }

    /** Writes whatever is waiting. */
    public void flush() {
        Map<String, List<WriteModel<Document>>> due;
        synchronized (this) {
            due = take();
        }
        write(due);
    }

    private Map<String, List<WriteModel<Document>>> take() {
        Map<String, List<WriteModel<Document>>> due = pending;
        pending = new LinkedHashMap<>();
        meetings = 0;
        return due;
    }

    private void write(Map<String, List<WriteModel<Document>>> due) {
        List<WriteModel<Document>> positions = due.remove(ReadModelStore.POSITIONS);
        due.forEach((collection, writes) -> database.getCollection(collection).bulkWrite(writes, UNORDERED));
        if (positions != null) {
            database.getCollection(ReadModelStore.POSITIONS).bulkWrite(positions, UNORDERED);
        }
    }
}
