package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Map;

/**
 * A unique index (the {@code _id} of every collection among them) kept in an H2 map ordered by comparing key values
 * as MongoDB does. The backend's own unique index orders its keys by their Java serialization, so that each insert
 * serializes keys a few dozen times over; this one compares them where they stand.
 */
final class UniqueKeys extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> keys;

    private UniqueKeys(MVMap<KeyValue, Object> keys, String name, List<IndexKey> fields, boolean sparse) {
        super(name, fields, sparse);
        this.keys = keys;
    }

    static UniqueKeys open(MVStore store, String mapName, String name, List<IndexKey> fields, boolean sparse) {
        return new UniqueKeys(openMap(store, mapName), name, fields, sparse);
    }

    /** The index's keys, each with the position of its document. */
    static MVMap<KeyValue, Object> openMap(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()).valueType(new BsonValues()));
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return keys.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return keys.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return keys.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return keys.get(keyValue);
    }

    @Override
    public long getCount() {
        return keys.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /** Ordered field by field with MongoDB's value order. */
    private static final class KeyOrder extends BsonValues {

        private static final ValueComparator ORDER = ValueComparator.asc();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue first && b instanceof KeyValue second) {
                for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
                    int order = ORDER.compare(first.get(i), second.get(i));
                    if (order != 0) {
                        return order;
                    }
                }
                return Integer.compare(first.size(), second.size());
            }
            return super.compare(a, b);
        }

        @Override
        public int getMemory(Object key) {
            return key instanceof KeyValue value ? 64 + 32 * value.size() : super.getMemory(key);
        }
    }
}
