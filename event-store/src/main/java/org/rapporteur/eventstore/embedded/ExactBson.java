package org.rapporteur.eventstore.embedded;

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
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A document encoded as {@link BsonEncoder} encodes it, byte for byte, while finding out whether BSON gives it back
 * exactly (equal, of the same classes; a list may come back as another kind of list): one walk of the document where
 * checking and then encoding took two, and each array encoded without a document of its indexes made first.
 * One per thread, its bytes reused.
 */
final class ExactBson {

    /** Besides documents, lists and the common classes, what comes back as the same class. */
    private static final Set<Class<?>> EXACT = Set.of(ObjectId.class, Instant.class, UUID.class, LegacyUUID.class,
            BinData.class, Decimal128.class, BsonTimestamp.class, BsonRegularExpression.class, BsonJavaScript.class,
            MinKey.class, MaxKey.class);
    private static final int SMALL_INDEXES = 64;
    private static final byte[][] INDEXES = new byte[SMALL_INDEXES][];

    static {
        for (int i = 0; i < SMALL_INDEXES; i++) {
            INDEXES[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private byte[] bytes = new byte[4096];
    private int size;
    private final ByteBuf rare = Unpooled.buffer(64);

    /** Encodes the document; false when some value in it would not come back exactly (the bytes are then of no use). */
    boolean encode(Document document) {
        size = 0;
        return document(document);
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    private boolean document(Document document) {
        int start = open();
        for (Map.Entry<String, Object> field : document.entrySet()) {
            if (!element(field.getKey(), null, field.getValue())) {
                return false;
            }
        }
        close(start);
        return true;
    }

    private boolean array(List<?> list) {
        int start = open();
        int index = 0;
        for (Object value : list) {
            byte[] name = index < SMALL_INDEXES ? INDEXES[index] : Integer.toString(index).getBytes(StandardCharsets.US_ASCII);
            if (!element(null, name, value)) {
                return false;
            }
            index++;
        }
        close(start);
        return true;
    }

    /** One named value: its type, its name (as text, or as bytes already), the value. */
    private boolean element(String name, byte[] nameBytes, Object value) {
        int typeAt = size;
        room(1);
        size++;
        if (nameBytes != null) {
            room(nameBytes.length + 1);
            System.arraycopy(nameBytes, 0, bytes, size, nameBytes.length);
            size += nameBytes.length;
        } else {
            utf8(name);
            room(1);
        }
        bytes[size++] = BsonConstants.STRING_TERMINATION;
        byte type;
        if (value == null) {
            type = BsonConstants.TYPE_NULL;
        } else if (value instanceof String text) {
            type = BsonConstants.TYPE_UTF8_STRING;
            string(text);
        } else if (value instanceof Long number) {
            type = BsonConstants.TYPE_INT64;
            int64(number);
        } else if (value instanceof Integer number) {
            type = BsonConstants.TYPE_INT32;
            int32(number);
        } else if (value instanceof Boolean flag) {
            type = BsonConstants.TYPE_BOOLEAN;
            room(1);
            bytes[size++] = flag ? BsonConstants.BOOLEAN_VALUE_TRUE : BsonConstants.BOOLEAN_VALUE_FALSE;
        } else if (value instanceof Double number) {
            type = BsonConstants.TYPE_DOUBLE;
            int64(Double.doubleToRawLongBits(number));
        } else if (value instanceof Document document) {
            type = BsonConstants.TYPE_EMBEDDED_DOCUMENT;
            if (!document(document)) {
                return false;
            }
        } else if (value instanceof List<?> list) {
            type = BsonConstants.TYPE_ARRAY;
            if (!array(list)) {
                return false;
            }
        } else if (EXACT.contains(value.getClass())) {
            type = BsonEncoder.determineType(value);
            rare.clear();
            BsonEncoder.encodeValue(type, value, rare);
            int length = rare.readableBytes();
            room(length);
            rare.readBytes(bytes, size, length);
            size += length;
        } else {
            return false;
        }
        bytes[typeAt] = type;
        return true;
    }

    private void string(String text) {
        int at = size;
        room(4);
        size += 4;
        int length = utf8(text) + 1;
        room(1);
        bytes[size++] = BsonConstants.STRING_TERMINATION;
        lengthAt(at, length);
    }

    /** The text's bytes as {@code String.getBytes(UTF_8)} gives them (a lone surrogate as '?'); their number. */
    private int utf8(String text) {
        int length = text.length();
        room(length);
        byte[] bytes = this.bytes;
        int from = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                size = from;
                room(encoded.length);
                System.arraycopy(encoded, 0, this.bytes, from, encoded.length);
                size = from + encoded.length;
                return encoded.length;
            }
            bytes[from + i] = (byte) c;
        }
        size = from + length;
        return length;
    }

    private int open() {
        int start = size;
        room(4);
        size += 4;
        return start;
    }

    private void close(int start) {
        room(1);
        bytes[size++] = BsonConstants.TERMINATING_BYTE;
        lengthAt(start, size - start);
    }

    private void lengthAt(int at, int length) {
        bytes[at] = (byte) length;
        bytes[at + 1] = (byte) (length >>> 8);
        bytes[at + 2] = (byte) (length >>> 16);
        bytes[at + 3] = (byte) (length >>> 24);
    }

    private void int32(int value) {
        room(4);
        lengthAt(size, value);
        size += 4;
    }

    private void int64(long value) {
        int32((int) value);
        int32((int) (value >>> 32));
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
