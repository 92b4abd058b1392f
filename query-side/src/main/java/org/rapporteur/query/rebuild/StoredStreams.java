package org.rapporteur.query.rebuild;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.rapporteur.eventstore.EventTimestamps;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Meetings' streams read straight from the events collection, each event's payload read with the event serializer's
 * own object mapper: what a rebuild needs of the store, without a message per event.
 */
public final class StoredStreams {

    private static final EventEntryConfiguration LAYOUT = EventEntryConfiguration.getDefault();
    private static final int FETCH_SIZE = 1000;

    private final MongoCollection<Document> events;
    private final ObjectMapper json;
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

    public StoredStreams(MongoCollection<Document> events, ObjectMapper eventJson) {
        this.events = events;
        this.json = eventJson;
    }

    /** How many events are stored, as the collection counts them (counting the documents one by one read them all). */
    public long count() {
        return events.estimatedDocumentCount();
    }

    /**
     * Hands over every meeting's stream, as stored and in sequence order, one meeting at a time: each is one query on
     * the store's (meeting, sequence) index, so no more than a meeting's documents are held while it is read.
     */
    public void forEachMeeting(BiConsumer<String, List<Document>> meeting) {
        String id = LAYOUT.aggregateIdentifierProperty();
        for (String meetingId : events.distinct(id, String.class)) {
            List<Document> stream = events.find(Filters.eq(id, meetingId))
                    .sort(Sorts.ascending(LAYOUT.sequenceNumberProperty()))
                    .batchSize(FETCH_SIZE)
                    .into(new ArrayList<>());
            meeting.accept(meetingId, stream);
        }
    }

    /** A meeting's stored events as recorded events (other payloads, if any, left out). */
    public List<RecordedEvent> events(List<Document> stored) {
        List<RecordedEvent> stream = new ArrayList<>(stored.size());
        for (Document document : stored) {
            if (payload(document) instanceof MeetingEvent event) {
                stream.add(new RecordedEvent(document.getString(LAYOUT.eventIdentifierProperty()),
                        document.get(LAYOUT.sequenceNumberProperty(), Number.class).longValue(),
                        EventTimestamps.parse(document.getString(LAYOUT.timestampProperty())),
                        loggedBy(document.get(LAYOUT.metaDataProperty())), event));
            }
        }
        return stream;
    }

    private Object payload(Document document) {
        String type = document.getString(LAYOUT.payloadTypeProperty());
        try {
            return readers.computeIfAbsent(type, this::reader).readValue(text(document.get(LAYOUT.payloadProperty())));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event " + document.get(LAYOUT.eventIdentifierProperty()), e);
        }
    }

    private ObjectReader reader(String type) {
        try {
            return json.readerFor(Class.forName(type, false, MeetingEvent.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return json.readerFor(Object.class);
        }
    }

    /** Who logged the event: the metadata's top-level {@code loggedBy}. */
    private String loggedBy(Object metaData) {
        if (metaData == null) {
            return null;
        }
        try (JsonParser parser = json.getFactory().createParser(text(metaData))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(MeetingHistoryLoader.LOGGED_BY)) {
                    return value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object stored) {
        return stored instanceof Document document ? document.toJson() : stored.toString();
    }
}
