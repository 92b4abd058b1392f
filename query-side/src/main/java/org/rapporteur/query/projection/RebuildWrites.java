package org.rapporteur.query.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
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
 * times per meeting, which on a loaded machine took longer than the folding. The collections were emptied before, so
 * a document to be stored in place of its {@code _id}'s is inserted, and replaced only where one is there after all:
 * an upsert first looks its {@code _id} up, which the embedded store answered by reading the collection's documents.
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
        add(collection, new InsertOneModel<>(document));
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
        due.forEach(this::write);
        if (positions != null) {
            write(ReadModelStore.POSITIONS, positions);
        }
    }

    /** The writes, in one request; an insert whose {@code _id} is taken replaces the document that has it. */
    private void write(String collection, List<WriteModel<Document>> writes) {
        MongoCollection<Document> documents = database.getCollection(collection);
        try {
            documents.bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> replacing = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY
                        || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document> insert)) {
                    throw e;
                }
                Document document = insert.getDocument();
                replacing.add(new ReplaceOneModel<>(eq("_id", document.get("_id")), document, UPSERT));
            }
            documents.bulkWrite(replacing, UNORDERED);
        }
    }
}
