package org.rapporteur.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.MeetingEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends meeting events straight into a store, as the command side does, without any processor of its own:
 * the query sides under test are the only readers.
 */
public final class StoreWriter implements AutoCloseable {

    private final MongoClient client;
    private final MongoEventStorageEngine engine;
    private final Map<String, List<String>> ids = new HashMap<>();

    public StoreWriter(String connectionString) {
        client = MongoClients.create(connectionString);
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();
        engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "rapporteur").build())
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.ensureIndexes();
    }

    /** Appends {@code count} scripted actions to each meeting, a batch per meeting at a time. */
    public List<String> log(List<String> meetingIds, int count, int perBatch) {
        List<String> appended = new ArrayList<>();
        for (int from = 0; from < count; from += perBatch) {
            for (String meeting : meetingIds) {
                List<String> mine = ids.computeIfAbsent(meeting, m -> new ArrayList<>());
                List<EventMessage<?>> batch = new ArrayList<>();
                for (int i = 0; i < perBatch && from + i < count; i++) {
                    long sequence = mine.size();
                    MeetingEvent event = ScriptedMeetings.action(sequence, k -> mine.get((int) k));
                    GenericDomainEventMessage<MeetingEvent> message = new GenericDomainEventMessage<>("MeetingAggregate",
                            meeting, sequence, event, MetaData.with("loggedBy", "clerk"));
                    mine.add(message.getIdentifier());
                    batch.add(message);
                }
                engine.appendEvents(batch);
                batch.forEach(m -> appended.add(m.getIdentifier()));
            }
        }
        return appended;
    }

    public long lastSequence(String meetingId) {
        return ids.getOrDefault(meetingId, List.of()).size() - 1;
    }

    @Override
    public void close() {
        client.close();
    }
}
