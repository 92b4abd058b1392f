package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend, whose collections answer equality and range conditions on the leading field of
 * their indexes from {@link OrderedFields} instead of scanning every document, and whose unique indexes compare keys
 * without serializing them ({@link UniqueKeys}). Without it every read of the event store (the next events after a
 * token, the events of one meeting) costs a scan of all events ever stored, and every insert a few dozen
 * serializations.
 * <p>
 * Two things of a real MongoDB server besides: a write whose write concern asks for the journal ({@code j: true}, or
 * {@code w: "majority"}) is answered only once it is committed and synced to the disk ({@link GroupCommit}); and,
 * given credentials, every command but the handshake and the SCRAM conversation needs an authenticated connection.
 */
public final class IndexedH2Backend extends H2Backend {

    /** What a connection may do before it has authenticated, as on a real server. */
    // getlasterror arrives on a not yet authenticated connection as the CLI's client closes (logged as an error with
    // its stack trace before); it reports only that connection's own last write, which such a connection cannot have made.
    private static final Set<String> BEFORE_AUTHENTICATION = Set.of("ismaster", "hello", "buildinfo", "saslstart",
            "saslcontinue", "ping", "endsessions", "getnonce", "getlasterror");
    /** The commands that change nothing; every other one is a change that no commit may split ({@link GroupCommit}). */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "killcursors",
            "listcollections", "listindexes", "listdatabases", "ismaster", "hello", "buildinfo", "ping", "endsessions",
            "getnonce", "getlasterror", "serverstatus", "dbstats", "collstats", "getparameter", "connectionstatus",
            "whatsmyuri", "hostinfo", "getcmdlineopts", "getlog");
    private static final AttributeKey<ScramCredentials.Conversation> CONVERSATION = AttributeKey.valueOf("rapporteur.scram");

    private final GroupCommit commits;
    private final ScramCredentials credentials;

    /** A backend that neither syncs journaled writes nor asks for credentials (tests of the indexes). */
    public IndexedH2Backend(MVStore store) {
        this(store, null, null);
    }

    public IndexedH2Backend(MVStore store, GroupCommit commits, ScramCredentials credentials) {
        super(store);
        this.commits = commits;
        this.credentials = credentials;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (credentials != null) {
            if (name.equals("saslstart")) {
                ScramCredentials.Conversation conversation = credentials.conversation();
                channel.attr(CONVERSATION).set(conversation);
                return conversation.start(query);
            }
            if (name.equals("saslcontinue")) {
                ScramCredentials.Conversation conversation = channel.attr(CONVERSATION).get();
                if (conversation == null) {
                    throw ScramCredentials.failed();
                }
                return conversation.next(query);
            }
            requireAuthenticated(channel, command);
        }
        if (commits == null || READS.contains(name)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document response = commits.change(() -> super.handleCommand(channel, databaseName, command, query));
        if (journaled(query)) {
            commits.awaitDurable();
        }
        return response;
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        if (credentials != null) {
            requireAuthenticated(query.getChannel(), "find");
        }
        return super.handleQuery(query);
    }

    private void requireAuthenticated(Channel channel, String command) {
        ScramCredentials.Conversation conversation = channel.attr(CONVERSATION).get();
        if ((conversation == null || !conversation.authenticated())
                && !BEFORE_AUTHENTICATION.contains(command.toLowerCase(Locale.ROOT))) {
            throw new MongoServerError(13, "Unauthorized", "command " + command + " requires authentication");
        }
    }

    /** Whether the write concern asks for the write to be durable before it is acknowledged. */
    private static boolean journaled(Document query) {
        if (!(query.get("writeConcern") instanceof Document concern)) {
            return false;
        }
        Object journal = concern.get("j");
        return Boolean.TRUE.equals(journal) || journal instanceof Number n && n.intValue() != 0
                || "majority".equals(concern.get("w"));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private final class Database extends H2Database {

        Database(String name, CursorRegistry cursors) {
            super(name, getMvStore(), cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = BsonValues.openMap(getMvStore(), "databases." + name);
            MVMap<String, Object> meta = BsonValues.openMap(getMvStore(), "meta." + name);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String serializedOrder = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            if (getMvStore().hasMap(serializedOrder)) {
                // written by the plain backend; the index is rebuilt from the documents in the new order
                getMvStore().removeMap(serializedOrder);
            }
            return UniqueKeys.open(getMvStore(), keysMapName(collectionName, indexName), indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(keysMapName(collection.getCollectionName(), indexName));
        }

        private String keysMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._keys_" + indexName;
        }
    }

    private static final class Collection extends H2Collection {

        private final OrderedFields ordered = new OrderedFields();
        private NotIn notIn;
        private final MVMap<Object, Document> data;

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                   MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
            this.data = data;
        }

        @Override
        public synchronized void addIndex(Index<Object> index) {
            super.addIndex(index);
            List<String> fields = index.getKeys().stream().map(IndexKey::getKey).toList();
            boolean servedAlready = index.isUnique() && fields.size() == 1;
            if (!servedAlready && !fields.get(0).equals(getIdField())) {
                ordered.declare(fields);
            }
        }

        @Override
        protected synchronized QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
                                                          int batchSize, Document fields) {
            if (ordered.needsBuild()) {
                ordered.build(data.entrySet());
            }
            List<Object> candidates = query == null ? null : ordered.candidates(query);
            notIn = query == null ? null : NotIn.of(query);
            try {
                if (candidates == null) {
                    return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
                }
                return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fields);
            } finally {
                notIn = null;
            }
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            NotIn condition = notIn;
            if (condition != null && condition.query() == query) {
                Boolean admitted = condition.admits(document);
                if (admitted != null) {
                    return admitted && super.documentMatchesQuery(document, condition.rest());
                }
            }
            return super.documentMatchesQuery(document, query);
        }

        // collStats' size was kept by encoding every written document once more only to measure it (a fifth of
        // the server's time in a rebuild); it is now counted when asked. The 16 MB limit is the wire decoder's.
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected synchronized int getDataSize() {
            if (data == null) {
                return super.getDataSize(); // the superclass's constructor logs the figure once kept
            }
            long size = 0;
            ByteBuf scratch = Unpooled.buffer(4096);
            for (Document document : data.values()) {
                BsonEncoder.encodeDocument(document, scratch.clear());
                size += scratch.readableBytes();
            }
            return (int) Math.min(size, Integer.MAX_VALUE);
        }

        @Override
        protected synchronized Object addDocumentInternal(Document document) {
            Object position = super.addDocumentInternal(document);
            ordered.add(document, position);
            return position;
        }

        @Override
        protected synchronized void removeDocument(Object position) {
            Document document = getDocument(position);
            super.removeDocument(position);
            if (document != null) {
                ordered.remove(document, position);
            }
        }

        @Override
        protected synchronized void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            ordered.remove(oldDocument, position);
            ordered.add(newDocument, position);
        }
    }
}
