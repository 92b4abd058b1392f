package org.rapporteur.standalone;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.rapporteur.eventstore.EmbeddedEventWriter;
import org.rapporteur.eventstore.EmbeddedEvents;
import org.rapporteur.events.EventJson;

import java.util.List;

/**
 * Where {@code record} reads what a meeting holds and appends each file's new events: the embedded store's file,
 * written in this process (no server, no driver), or a MongoDB server through Axon's engine. Either way its indexes
 * are made sure of as it opens, events read back as Axon's engine reads them, and an append is one write, committed
 * and synced (journaled) before it returns.
 */
interface RecordingStore extends AutoCloseable {

    /** The meeting's events as recorded, upcast and deserialized as the engine hands them out. */
    List<? extends DomainEventMessage<?>> recorded(String meetingId);

    /** Appends one meeting's new events in one write, durable when it returns. */
    void append(List<? extends DomainEventMessage<?>> events);

    @Override
    void close();

    static RecordingStore open(StoreOptions options) {
        if (!options.embedded()) {
            return StoredMeetings.forRecording(options);
        }
        // the process's mapper: the command side fingerprinted every action with it while checking the files, so
        // each kind's serializer is made by then (Axon's serializer adds its metadata reader to it)
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.shared()).build();
        return new InProcess(EmbeddedEventWriter.open(options.data, options.database), serializer);
    }

    /** The embedded store written in this process, with the serializer the engine would be given. */
    final class InProcess implements RecordingStore {

        private final EmbeddedEventWriter writer;
        private final JacksonSerializer serializer;

        private InProcess(EmbeddedEventWriter writer, JacksonSerializer serializer) {
            this.writer = writer;
            this.serializer = serializer;
        }

        @Override
        public List<? extends DomainEventMessage<?>> recorded(String meetingId) {
            return EmbeddedEvents.upcastAndDeserialize(writer.eventData(meetingId), serializer).asStream().toList();
        }

        @Override
        public void append(List<? extends DomainEventMessage<?>> events) {
            writer.append(events, serializer);
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
