package org.rapporteur.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;

/**
 * Axon's collections, the events' with a journaled write concern: an append is acknowledged, and so the command
 * answered, only once the store has it on its disk. Tokens, snapshots and read models can be made again from the
 * events and keep the store's default.
 */
public final class JournaledEvents implements MongoTemplate {

    private final MongoTemplate delegate;
    private final MongoCollection<Document> events;

    public JournaledEvents(MongoTemplate delegate) {
        this.delegate = delegate;
        MongoCollection<Document> collection = delegate.eventCollection();
        this.events = collection.withWriteConcern(journaled(collection.getWriteConcern()));
    }

    /** The configured concern (a replica set's {@code w=majority}, say) with the journal asked for unless it says otherwise. */
    public static WriteConcern journaled(WriteConcern configured) {
        return configured.getJournal() != null ? configured : configured.withJournal(true);
    }

    @Override
    public MongoCollection<Document> eventCollection() {
        return events;
    }

    @Override
    public MongoCollection<Document> trackingTokensCollection() {
        return delegate.trackingTokensCollection();
    }

    @Override
    public MongoCollection<Document> snapshotCollection() {
        return delegate.snapshotCollection();
    }

    @Override
    public MongoCollection<Document> sagaCollection() {
        return delegate.sagaCollection();
    }

    @Override
    public MongoCollection<Document> deadLetterCollection() {
        return delegate.deadLetterCollection();
    }
}
