package org.rapporteur.command.meeting;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The commands recorded under an Idempotency-Key: for each (meeting, key) the fingerprint of the action as given and
 * where its event landed, in a collection of its own with a unique index on (meeting, key). A key counts as processed
 * only while its event is in the store: the key is written before the events of its unit of work, with the store's
 * default write concern, and the events after it with the journal, so that a crash keeps the events only with their
 * key, and a key whose events a crash lost is taken for what it is, a command never answered ({@link #find}).
 */
public class ProcessedCommands {

    public static final String COLLECTION = "processedcommands";
    private static final String MADE_FROM_EVENTS = "made-from-events";
    /** Where axon-mongo keeps an event's metadata (as JSON text with the store's serializer). */
    private static final String META_DATA = "serializedMetaData";

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> events;

    public ProcessedCommands(MongoDatabase database, MongoCollection<Document> events) {
        this.keys = database.getCollection(COLLECTION);
        this.events = events;
        keys.createIndex(Indexes.ascending("meeting", "key"), new IndexOptions().unique(true).name("meeting_key"));
        if (keys.countDocuments(Filters.eq("_id", MADE_FROM_EVENTS)) == 0) {
            makeFromEvents();
        }
    }

    /**
     * A store written before this collection existed: its keys are in its events' metadata (the command id and the
     * fingerprint of the action as given, the first event of each key being its answer).
     */
    private void makeFromEvents() {
        events.find(Filters.exists(META_DATA)).projection(Projections.include("aggregateIdentifier", "sequenceNumber",
                        "eventIdentifier", META_DATA))
                .sort(new Document("aggregateIdentifier", 1).append("sequenceNumber", 1))
                .forEach(event -> {
                    Object stored = event.get(META_DATA);
                    Document metaData = stored instanceof Document d ? d : stored instanceof String json ? Document.parse(json) : null;
                    Object key = metaData == null ? null : metaData.get(LoggingMetadata.COMMAND_ID);
                    if (key != null && stored(event.getString("aggregateIdentifier"), key.toString()) == null) {
                        Object digest = metaData.get(CommandDigest.METADATA_KEY);
                        keys.insertOne(new Document("meeting", event.getString("aggregateIdentifier")).append("key", key.toString())
                                .append("digest", digest == null ? null : digest.toString())
                                .append("eventId", event.getString("eventIdentifier"))
                                .append("sequence", ((Number) event.get("sequenceNumber")).longValue()));
                    }
                });
        keys.insertOne(new Document("_id", MADE_FROM_EVENTS));
    }

    /** What a key recorded, with its fingerprint. */
    public record Processed(String digest, Recorded recorded) {

        /** The first answer, when the action is the one first recorded under the key; refused when it is another. */
        Recorded answer(String key, Object asGiven) {
            // a key of a store written before fingerprints were kept answers as it did then
            if (digest != null && !CommandDigest.matches(digest, asGiven)) {
                throw new IdempotencyKeyReused(key, recorded);
            }
            return recorded;
        }
    }

    /** What this key recorded in this meeting, or null: never recorded, or recorded by a unit of work a crash cut short. */
    public Processed find(String meeting, String key) {
        Processed processed = stored(meeting, key);
        return processed != null && eventStored(processed.recorded().eventId()) ? processed : null;
    }

    /**
     * Records that the key recorded this event, before the unit of work appends it. A key another unit of work
     * recorded meanwhile is refused ({@link CommandRecordedMeanwhile}); a key left by one a crash cut short is taken over.
     */
    void record(String meeting, String key, String digest, Recorded recorded) {
        Document document = new Document("meeting", meeting).append("key", key).append("digest", digest)
                .append("eventId", recorded.eventId()).append("sequence", recorded.sequence());
        try {
            keys.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            document.remove("_id"); // the driver gave the refused insert one; a replacement keeps the stored document's
            Processed left = stored(meeting, key);
            if (left == null || eventStored(left.recorded().eventId())
                    || keys.replaceOne(Filters.and(byKey(meeting, key), Filters.eq("eventId", left.recorded().eventId())), document)
                    .getMatchedCount() == 0) {
                throw new CommandRecordedMeanwhile(meeting, key);
            }
        }
    }

    /** Undoes {@link #record} when its unit of work rolls back. */
    void forget(String meeting, String key, Recorded recorded) {
        keys.deleteOne(Filters.and(byKey(meeting, key), Filters.eq("eventId", recorded.eventId())));
    }

    /** Whether the key is stored at all, its event or not (for tests of what a crash leaves). */
    Processed stored(String meeting, String key) {
        Document found = keys.find(byKey(meeting, key)).first();
        return found == null ? null : new Processed(found.getString("digest"),
                new Recorded(found.getString("eventId"), ((Number) found.get("sequence")).longValue()));
    }

    private boolean eventStored(String eventId) {
        return events.find(Filters.eq("eventIdentifier", eventId)).projection(Projections.include("_id")).first() != null;
    }

    private static Bson byKey(String meeting, String key) {
        return Filters.and(Filters.eq("meeting", meeting), Filters.eq("key", key));
    }
}
