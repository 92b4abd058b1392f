package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * H2's object type, except that documents, object ids and index keys are written as BSON instead of by Java
 * serialization, which took a fresh {@code ObjectOutputStream} per value and each page rewrite. Values BSON cannot
 * carry exactly are serialized as before; either form is read, so files written earlier open unchanged.
 */
class BsonValues extends ObjectDataType {

    // past every tag H2's object type writes (0 to 119)
    private static final byte DOCUMENT = (byte) 0xD0;
    private static final byte OBJECT_ID = (byte) 0xD1;
    private static final byte KEY = (byte) 0xD2;
    private static final int OBJECT_ID_MEMORY = 48;
    private static final Set<Class<?>> EXACT = Set.of(String.class, Integer.class, Long.class, Double.class,
            Boolean.class, ObjectId.class, Instant.class, UUID.class, LegacyUUID.class, BinData.class, Decimal128.class,
            BsonTimestamp.class, BsonRegularExpression.class, BsonJavaScript.class, MinKey.class, MaxKey.class);
    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private volatile int averageDocumentSize = 1024;

    /** A map of the store whose keys and values are both written this way. */
    static <K, V> MVMap<K, V> openMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<K, V>().keyType(new BsonValues()).valueType(new BsonValues()));
    }

    @Override
    public void write(WriteBuffer buff, Object value) {
        List<Object> keyValues = value instanceof KeyValue key ? key.stream().toList() : null;
        if (value instanceof Document document && exact(document)) {
            int size = putBson(buff, DOCUMENT, document);
            averageDocumentSize = (size + 15 * averageDocumentSize) / 16;
        } else if (value instanceof ObjectId id) {
            buff.put(OBJECT_ID).put(id.toByteArray());
        } else if (keyValues != null && exact(keyValues)) {
            putBson(buff, KEY, new Document("k", keyValues));
        } else {
            super.write(buff, value);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        switch (buff.get(buff.position())) {
            case DOCUMENT -> {
                buff.get();
                return readBson(buff);
            }
            case OBJECT_ID -> {
                buff.get();
                byte[] id = new byte[12];
                buff.get(id);
                return new ObjectId(id);
            }
            case KEY -> {
                buff.get();
                return new KeyValue((List<?>) readBson(buff).get("k"));
            }
            default -> {
                return super.read(buff);
            }
        }
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof Document) {
            return 2 * averageDocumentSize;
        }
        if (value instanceof ObjectId) {
            return OBJECT_ID_MEMORY;
        }
        return super.getMemory(value);
    }

    private static int putBson(WriteBuffer buff, byte tag, Document document) {
        ByteBuf bson = SCRATCH.get().clear();
        BsonEncoder.encodeDocument(document, bson);
        int size = bson.readableBytes();
        buff.put(tag).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
        return size;
    }

    private static Document readBson(ByteBuffer buff) {
        int size = Integer.reverseBytes(buff.getInt(buff.position()));
        byte[] bson = new byte[size];
        buff.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /** Whether BSON gives back an equal value of the same classes (a list may come back as another kind of list). */
    // asked of every document each time its page is written: the common classes are told apart without the set
    private static boolean exact(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Boolean || value instanceof Double) {
            return true;
        }
        if (value instanceof Document document) {
            return allExact(document.values());
        }
        if (value instanceof List<?> list) {
            return allExact(list);
        }
        return EXACT.contains(value.getClass());
    }

    private static boolean allExact(Collection<?> parts) {
        for (Object part : parts) {
            if (!exact(part)) {
                return false;
            }
        }
        return true;
    }
}
