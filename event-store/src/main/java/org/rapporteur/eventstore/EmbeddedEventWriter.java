package org.rapporteur.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;
import org.h2.mvstore.MVStore;
import org.rapporteur.eventstore.embedded.InProcessWrites;

import java.nio.file.Path;
import java.util.List;

/**
 * The embedded store written in this process, without its server, by the one writer that holds its file: the events
 * of a stream read straight from the file ({@link EmbeddedEvents}), and new events appended through the store's own
 * write path ({@link InProcessWrites}) as Axon's Mongo engine appends them through the server: the documents made by
 * the engine's storage strategy, in the form the driver sends them, in one insert, checked by the same unique keys
 * (a clash on a stream's sequence is refused, and nothing of that insert is kept), committed and synced before the
 * append returns. Opening it makes the indexes Axon's engine makes sure of. Refused, as in use, while a server or
 * another writer holds the file.
 */
public final class EmbeddedEventWriter implements AutoCloseable {

    private final EventDocuments documents = new EventDocuments();
    private final InProcessWrites writes;
    private final String database;
    private final String events;

    private EmbeddedEventWriter(InProcessWrites writes, String database) {
        this.writes = writes;
        this.database = database;
        AxonIndexes.Layout layout = AxonIndexes.of(documents);
        this.events = layout.events();
        for (BsonDocument command : layout.commands()) {
            writes.write(database, WireForm.sent(command));
        }
    }

    /** Opens the store in {@code dataDirectory} (made, or narrowed, to the owner's alone) to write {@code database}. */
    public static EmbeddedEventWriter open(Path dataDirectory, String database) {
        Path file = dataDirectory.resolve(EmbeddedMongoStore.FILE_NAME).toAbsolutePath();
        EmbeddedMongoStore.ownerOnly(dataDirectory, file);
        MVStore store = EmbeddedMongoStore.openFile(dataDirectory, file, false);
        InProcessWrites writes;
        try {
            writes = InProcessWrites.over(store);
        } catch (RuntimeException | Error e) {
            store.closeImmediately();
            throw e;
        }
        try {
            return new EmbeddedEventWriter(writes, database);
        } catch (RuntimeException | Error e) {
            writes.close();
            throw e;
        }
    }

    /** The stored events of {@code aggregateIdentifier}, as {@link EmbeddedEvents#eventData} reads them. */
    public List<DomainEventData<?>> eventData(String aggregateIdentifier) {
        return EmbeddedEvents.in(writes.store(), database).eventData(aggregateIdentifier);
    }

    /**
     * Appends {@code stream} (events of one aggregate, in sequence order) serialized by {@code serializer}, and
     * returns once they are committed and synced; a clash on a sequence already stored is thrown as Axon's engine
     * throws it ({@link ConcurrencyException}), and then nothing of the events is kept and the writer can only be
     * closed.
     */
    public void append(List<? extends DomainEventMessage<?>> stream, Serializer serializer) {
        if (stream.isEmpty()) {
            return;
        }
        List<de.bwaldvogel.mongo.bson.Document> inserted = documents.createEventDocuments(stream, serializer)
                .map(WireForm::inserted).toList();
        try {
            writes.write(database, new de.bwaldvogel.mongo.bson.Document("insert", events)
                    .append("ordered", Boolean.TRUE).append("documents", inserted));
        } catch (InProcessWrites.Refused refused) {
            if (!refused.duplicateKey()) {
                throw refused;
            }
            DomainEventMessage<?> first = stream.get(0);
            String message = "An event for aggregate [" + first.getAggregateIdentifier() + "] at sequence ["
                    + first.getSequenceNumber() + "] was already inserted";
            throw first.getSequenceNumber() == 0
                    ? new AggregateStreamCreationException(message, refused)
                    : new ConcurrencyException(message, refused);
        }
        writes.commitDurably();
    }

    @Override
    public void close() {
        writes.close();
    }
}
