package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.List;

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
    private static final ThreadLocal<ExactBson> SCRATCH = ThreadLocal.withInitial(ExactBson::new);

    private volatile int averageDocumentSize = 1024;

    /** A map of the store whose keys and values are both written this way. */
    static <K, V> MVMap<K, V> openMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<K, V>().keyType(new BsonValues()).valueType(new BsonValues()));
    }

    @Override
    public void write(WriteBuffer buff, Object value) {
        if (value instanceof Document document) {
            ExactBson bson = SCRATCH.get();
            if (bson.encode(document)) {
                buff.put(DOCUMENT).put(bson.bytes(), 0, bson.size());
                averageDocumentSize = (bson.size() + 15 * averageDocumentSize) / 16;
                return;
            }
        } else if (value instanceof ObjectId id) {
            buff.put(OBJECT_ID).put(id.toByteArray());
            return;
        } else if (value instanceof KeyValue key) {
            ExactBson bson = SCRATCH.get();
            if (bson.encode(new Document("k", key.stream().toList()))) {
                buff.put(KEY).put(bson.bytes(), 0, bson.size());
                return;
            }
        }
        super.write(buff, value);
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

    private static Document readBson(ByteBuffer buff) {
        int size = Integer.reverseBytes(buff.getInt(buff.position()));
        byte[] bson = new byte[size];
        buff.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
