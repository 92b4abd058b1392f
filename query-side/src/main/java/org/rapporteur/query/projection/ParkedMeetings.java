package org.rapporteur.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.rapporteur.query.history.RecordedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * Meetings a projection could not bring up to date. A meeting whose events a projection fails on is parked for that
 * projection: its views stay as they were before the failing batch, they say so ({@link IncompleteViews}), health
 * lists it, and the projection goes on with every other meeting; the parked meeting's later events wait (its views
 * are folded from its whole stream when it is retried, after a fix, so nothing is lost by not handling them now).
 */
@Component
public class ParkedMeetings {

    public static final String COLLECTION = "parkedmeetings";
    private static final Logger LOG = LoggerFactory.getLogger(ParkedMeetings.class);

    /** Why a meeting's views stop where they do. */
    @Schema(name = "parked-meeting")
    public record Parked(String projection, String meetingId, long sequence, String eventId, String kind,
                         String reason, Instant parkedAt) {

        String key() {
            return key(projection, meetingId);
        }

        static String key(String projection, String meetingId) {
            return projection + "/" + meetingId;
        }

        /** One line for people: which event, and what went wrong. */
        public String describe() {
            String at = sequence < 0 ? "" : " at event " + sequence + (kind == null ? "" : " (" + kind + ")");
            return projection + " incomplete" + at + ": " + reason;
        }
    }

    private final MongoCollection<Document> parked;
    private final Map<String, Parked> known = new ConcurrentHashMap<>();

    public ParkedMeetings(MongoDatabase rapporteurDatabase) {
        this.parked = rapporteurDatabase.getCollection(COLLECTION);
        reload();
    }

    /** Reads what is parked from the store (another instance may have parked meetings). */
    public void reload() {
        Map<String, Parked> stored = new ConcurrentHashMap<>();
        for (Document document : parked.find()) {
            Parked p = new Parked(document.getString("projection"), document.getString("meetingId"),
                    document.get("sequence", Number.class).longValue(), document.getString("eventId"),
                    document.getString("kind"), document.getString("reason"), document.getDate("parkedAt").toInstant());
            stored.put(p.key(), p);
        }
        known.clear();
        known.putAll(stored);
    }

    public boolean isParked(String projection, String meetingId) {
        return !known.isEmpty() && known.containsKey(Parked.key(projection, meetingId));
    }

    /** Parks the meeting for the projection, at the event that failed when known, else at the first of {@code events}. */
    public Parked park(String projection, String meetingId, List<RecordedEvent> events, RuntimeException failure) {
        RecordedEvent at = failure instanceof ProjectionFailed failed && failed.event() != null ? failed.event()
                : events.isEmpty() ? null : events.get(0);
        Throwable cause = failure instanceof ProjectionFailed && failure.getCause() != null ? failure.getCause() : failure;
        return park(projection, meetingId, at == null ? -1 : at.sequence(), at == null ? null : at.eventId(),
                at == null ? null : org.rapporteur.events.catalogue.Actions.name(at.event().getClass()), reason(cause));
    }

    public Parked park(String projection, String meetingId, long sequence, String eventId, String kind, String reason) {
        Parked p = new Parked(projection, meetingId, sequence, eventId, kind, reason, Instant.now());
        known.put(p.key(), p);
        parked.replaceOne(eq("_id", p.key()), new Document("_id", p.key()).append("projection", projection)
                .append("meetingId", meetingId).append("sequence", sequence).append("eventId", eventId)
                .append("kind", kind).append("reason", reason).append("parkedAt", java.util.Date.from(p.parkedAt())),
                new ReplaceOptions().upsert(true));
        LOG.warn("parked meeting {}: {}", meetingId, p.describe());
        return p;
    }

    public void release(String projection, String meetingId) {
        String key = Parked.key(projection, meetingId);
        if (known.remove(key) != null) {
            parked.deleteOne(eq("_id", key));
            LOG.info("meeting {} is projected again by {}", meetingId, projection);
        }
    }

    /** Forgets everything parked (a rebuild starts afresh and parks again what still fails). */
    public void clear() {
        known.clear();
        parked.deleteMany(new Document());
    }

    public List<Parked> all() {
        List<Parked> all = new ArrayList<>(known.values());
        all.sort(Comparator.comparing(Parked::meetingId).thenComparing(Parked::projection));
        return all;
    }

    public List<Parked> of(String meetingId) {
        return all().stream().filter(p -> p.meetingId().equals(meetingId)).toList();
    }

    /** The failure in a line, without a stack: its kind and message. */
    public static String reason(Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        String line = message == null || message.isBlank() ? kind : kind + ": " + message;
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }
}
