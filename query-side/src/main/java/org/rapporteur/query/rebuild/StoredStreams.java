package org.rapporteur.query.rebuild;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.rapporteur.eventstore.EventTimestamps;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    public long count() {
        return events.countDocuments();
    }

    /**
     * Hands over every meeting's stream, as stored and in sequence order, in one pass over the store: a stream is
     * handed over as soon as its last event (as counted before the pass) has been read. Events appended after that
     * count are left to the processors.
     */
    public void forEachMeeting(BiConsumer<String, List<Document>> meeting) {
        String id = LAYOUT.aggregateIdentifierProperty();
        String sequence = LAYOUT.sequenceNumberProperty();
        Map<String, Long> lastSequences = new HashMap<>();
        events.aggregate(List.of(Aggregates.group("$" + id, Accumulators.max("last", "$" + sequence))))
                .forEach(group -> lastSequences.put(group.getString("_id"), group.get("last", Number.class).longValue()));
        Map<String, List<Document>> reading = new HashMap<>();
        for (Document document : events.find().batchSize(FETCH_SIZE)) {
            String meetingId = document.getString(id);
            Long last = lastSequences.get(meetingId);
            if (last == null || document.get(sequence, Number.class).longValue() > last) {
                continue;
            }
            List<Document> stream = reading.computeIfAbsent(meetingId, m -> new ArrayList<>());
            stream.add(document);
            if (stream.size() == last + 1) {
                reading.remove(meetingId);
                handOver(meetingId, stream, meeting);
            }
        }
        reading.forEach((meetingId, stream) -> handOver(meetingId, stream, meeting));
    }

    private static void handOver(String meetingId, List<Document> stream, BiConsumer<String, List<Document>> meeting) {
        stream.sort(Comparator.comparingLong(d -> d.get(LAYOUT.sequenceNumberProperty(), Number.class).longValue()));
        meeting.accept(meetingId, stream);
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
