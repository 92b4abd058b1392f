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
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend, whose collections answer equality and range conditions on the leading field of
 * their indexes from {@link OrderedFields} instead of scanning every document, and whose unique indexes compare keys
 * without serializing them ({@link UniqueKeys}). Without it every read of the event store (the next events after a
 * token, the events of one meeting) costs a scan of all events ever stored, and every insert a few dozen
 * serializations.
 */
public final class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(MVStore store) {
        super(store);
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
