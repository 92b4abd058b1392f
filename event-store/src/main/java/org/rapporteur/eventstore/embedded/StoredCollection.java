package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One collection of the embedded store read straight from its file, as {@link IndexedH2Backend} lays it out: the
 * documents by {@code _id} in {@code databases.<db>.<collection>}, the keys of each unique index, in MongoDB's order
 * of values, in {@code <db>.<collection>._keys_<index>}. For a reader in the process that opened the file: no server,
 * no wire, and nothing written.
 */
public final class StoredCollection {

    private final MVStore store;
    private final String namespace;
    private final MVMap<Object, Document> documents;

    private StoredCollection(MVStore store, String namespace, MVMap<Object, Document> documents) {
        this.store = store;
        this.namespace = namespace;
        this.documents = documents;
    }

    /** The collection in {@code store}; one with no documents when it was never made. */
    public static StoredCollection of(MVStore store, String database, String collection) {
        String namespace = database + "." + collection;
        String name = "databases." + namespace;
        return new StoredCollection(store, namespace, store.hasMap(name) ? BsonValues.openMap(store, name) : null);
    }

    /**
     * The documents whose {@code field} holds {@code value}, in the order of the unique index {@code index} whose
     * leading field it is; when the collection has no such index whole (a store filled without it), those of all
     * documents, in the order they are kept.
     */
    public List<Document> withLeadingKey(String index, String field, Object value) {
        if (documents == null) {
            return List.of();
        }
        String keysName = namespace + "._keys_" + index;
        if (store.hasMap(keysName)) {
            MVMap<KeyValue, Object> keys = UniqueKeys.openMap(store, keysName);
            if (keys.sizeAsLong() == documents.sizeAsLong()) {
                return byIndex(keys, field, value);
            }
        }
        List<Document> found = new ArrayList<>();
        for (Document document : documents.values()) {
            if (Objects.equals(document.get(field), value)) {
                found.add(document);
            }
        }
        return found;
    }

    private List<Document> byIndex(MVMap<KeyValue, Object> keys, String field, Object value) {
        List<Document> found = new ArrayList<>();
        // a key of the value alone orders before every key that begins with it
        Cursor<KeyValue, Object> cursor = keys.cursor(new KeyValue(value));
        while (cursor.hasNext()) {
            KeyValue key = cursor.next();
            if (!Objects.equals(key.get(0), value)) {
                break;
            }
            Document document = documents.get(cursor.getValue());
            if (document == null || !Objects.equals(document.get(field), value)) {
                throw new IllegalStateException("the index " + keys.getName() + " names a document of another " + field);
            }
            found.add(document);
        }
        return found;
    }
}
