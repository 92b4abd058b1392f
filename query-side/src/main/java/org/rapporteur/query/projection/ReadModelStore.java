package org.rapporteur.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * The read-model collections: one document per meeting and view ({@code _id} the meeting id, the view under
 * {@code view}), the timeline in blocks of entries ({@link TimelineBlocks}), and each meeting's position.
 */
@Component
public class ReadModelStore {

    public static final String TIMELINE = "timelineblocks";
    public static final String POSITIONS = "projectedmeetings";

    private final MongoDatabase database;
    private final TimelineBlocks timeline;

    public ReadModelStore(MongoDatabase rapporteurDatabase) {
        this.database = rapporteurDatabase;
        this.timeline = new TimelineBlocks(database.getCollection(TIMELINE));
    }

    /** Creates the indexes of the read-model collections again, after a rebuild dropped them. */
    public void ensureIndexes() {
        timeline.ensureIndex();
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

    /** The last sequence projected for the meeting, or -1. */
    public long position(String meetingId) {
        Document position = database.getCollection(POSITIONS).find(eq("_id", meetingId)).first();
        return position == null ? -1 : position.get("sequence", Number.class).longValue();
    }

    public static Document viewDocument(String meetingId, Object value) {
        return new Document("_id", meetingId).append("view", StoredBytes.of(ViewDocuments.write(value)));
    }

    public static Document positionDocument(String meetingId, long sequence) {
        return new Document("_id", meetingId).append("sequence", sequence);
    }

    public void store(String meetingId, MeetingView view, Object value) {
        collection(view.collection()).replaceOne(eq("_id", meetingId), viewDocument(meetingId, value), new ReplaceOptions().upsert(true));
    }

    /** In a rebuild: a meeting's views, timeline and (last) position, to be written with other meetings'. */
    public static void rebuilt(String meetingId, Map<MeetingView, Object> views, List<TimelineEntry> timeline, long position,
                               RebuildWrites writes) {
        views.forEach((view, value) -> writes.replace(view.collection(), viewDocument(meetingId, value)));
        TimelineBlocks.documents(meetingId, timeline).forEach(block -> writes.insert(TIMELINE, block));
        writes.replace(POSITIONS, positionDocument(meetingId, position));
    }

    /** Stores timeline entries: new ones, and those corrected or withdrawn since (sequence at most {@code position}). */
    public void storeTimeline(String meetingId, List<TimelineEntry> entries, long position) {
        timeline.store(meetingId, entries, position);
    }

    public void storePosition(String meetingId, long sequence) {
        database.getCollection(POSITIONS).replaceOne(eq("_id", meetingId), positionDocument(meetingId, sequence),
                new ReplaceOptions().upsert(true));
    }

    public <T> Optional<T> view(String meetingId, MeetingView view, Class<T> type) {
        Document document = collection(view.collection()).find(eq("_id", meetingId)).first();
        return Optional.ofNullable(document).map(d -> EventFacts.read(EventFacts.toTree(StoredBytes.document(d.get("view"))), type));
    }

    /** The meeting's timeline entries after a sequence number, in logging order. */
    public List<TimelineEntry> timelineAfter(String meetingId, long sequence) {
        return timeline.after(meetingId, sequence);
    }
}
