package org.rapporteur.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

/**
 * The read-model collections: one document per meeting and view ({@code _id} the meeting id, the view under
 * {@code view}), one document per timeline entry (see {@link #timelineDocument}), and each meeting's position.
 */
@Component
public class ReadModelStore {

    public static final String TIMELINE = "timeline";
    public static final String POSITIONS = "projectedmeetings";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoDatabase database;

    public ReadModelStore(MongoDatabase rapporteurDatabase) {
        this.database = rapporteurDatabase;
        // _id (meeting/sequence) is the unique key; this index only orders a meeting's entries
        for (Document index : timeline().listIndexes()) {
            if (index.getBoolean("unique", false) && !"_id_".equals(index.getString("name"))) {
                timeline().dropIndex(index.getString("name"));
            }
        }
        timeline().createIndex(Indexes.ascending("meetingId", "sequence"));
    }

    /** Every collection a rebuild clears, the meeting directory included. */
    public static List<String> collections() {
        List<String> names = new ArrayList<>();
        for (MeetingView view : MeetingView.values()) {
            names.add(view.collection());
        }
        names.add(TIMELINE);
        names.add(POSITIONS);
        names.add("meetings");
        return names;
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    private MongoCollection<Document> timeline() {
        return database.getCollection(TIMELINE);
    }

    /** The last sequence projected for the meeting, or -1. */
    public long position(String meetingId) {
        Document position = database.getCollection(POSITIONS).find(eq("_id", meetingId)).first();
        return position == null ? -1 : position.get("sequence", Number.class).longValue();
    }

    public static Document viewDocument(String meetingId, Object value) {
        return new Document("_id", meetingId).append("view", new Document(EventFacts.map(value)));
    }

    /**
     * A timeline entry: the fields it is found by, and the whole entry as JSON text, which the embedded store keeps
     * far more cheaply than a nested document (a rebuild writes one per event).
     */
    public static Document timelineDocument(String meetingId, TimelineEntry entry) {
        return new Document("_id", meetingId + "/" + entry.sequence()).append("meetingId", meetingId)
                .append("sequence", entry.sequence()).append("kind", entry.kind())
                .append("plenarySession", entry.plenarySession()).append("agendaItem", entry.agendaItem())
                .append("states", entry.states()).append("status", entry.status().name())
                .append("entry", EventFacts.json(entry));
    }

    public void store(String meetingId, MeetingView view, Object value) {
        Document document = viewDocument(meetingId, value);
        collection(view.collection()).replaceOne(eq("_id", meetingId), document, new ReplaceOptions().upsert(true));
    }

    /**
     * Stores timeline entries: those after {@code position} are new and inserted in one go (an entry left by a
     * batch cut short is replaced), the others (corrected or withdrawn since) are replaced.
     */
    public void storeTimeline(String meetingId, List<TimelineEntry> entries, long position) {
        List<Document> fresh = new ArrayList<>();
        List<Document> changed = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            (entry.sequence() > position ? fresh : changed).add(timelineDocument(meetingId, entry));
        }
        if (!fresh.isEmpty()) {
            try {
                timeline().insertMany(fresh, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                    changed.add(fresh.get(error.getIndex()));
                }
            }
        }
        for (Document document : changed) {
            timeline().replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
        }
    }

    public void storePosition(String meetingId, long sequence) {
        database.getCollection(POSITIONS).replaceOne(eq("_id", meetingId),
                new Document("_id", meetingId).append("sequence", sequence), new ReplaceOptions().upsert(true));
    }

    public <T> Optional<T> view(String meetingId, MeetingView view, Class<T> type) {
        Document document = collection(view.collection()).find(eq("_id", meetingId)).first();
        return Optional.ofNullable(document).map(d -> EventFacts.read(EventFacts.toTree(d.get("view", Document.class)), type));
    }

    /** The meeting's timeline entries after a sequence number, in logging order. */
    public List<TimelineEntry> timelineAfter(String meetingId, long sequence) {
        List<TimelineEntry> entries = new ArrayList<>();
        timeline().find(and(eq("meetingId", meetingId), gt("sequence", sequence))).sort(Sorts.ascending("sequence"))
                .forEach(d -> entries.add(EventFacts.fromJson(d.getString("entry"), TimelineEntry.class)));
        return entries;
    }
}
