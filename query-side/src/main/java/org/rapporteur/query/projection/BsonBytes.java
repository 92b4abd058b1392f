package org.rapporteur.query.projection;

import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.types.Decimal128;

import java.util.Arrays;

/**
 * A BSON document written straight into one byte array: the bytes the driver's {@code BsonBinaryWriter} writes, without
 * its output buffer taking each character and byte through a checked call of its own (that took a tenth of a rebuild).
 * Inside an array the names are the elements' indexes, whatever name is given. Strings are encoded as the driver
 * encodes them, a lone surrogate included.
 */
final class BsonBytes {

    private byte[] bytes;
    private int size;
    /** Where each open document begins, and for an open array the index of its next element (-1 in a document). */
    private int[] starts = new int[8];
    private int[] indexes = new int[8];
    private int depth;
    /** The characters of the text being encoded: read from an array, not through the string's checked charAt. */
    private char[] chars = new char[64];

    BsonBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** Begins the top-level document. */
    BsonBytes start() {
        open(-1);
        return this;
    }

    /** Ends the top-level document: it is complete. */
    RawBsonDocument end() {
        close();
        return new RawBsonDocument(bytes, 0, size);
    }

    void startDocument(String name) {
        element(BsonType.DOCUMENT, name);
        open(-1);
    }

    void startArray(String name) {
        element(BsonType.ARRAY, name);
        open(0);
    }

    /** Ends the innermost document or array. */
    void close() {
        room(1);
        bytes[size++] = 0;
        depth--;
        int start = starts[depth];
        int length = size - start;
        bytes[start] = (byte) length;
        bytes[start + 1] = (byte) (length >>> 8);
        bytes[start + 2] = (byte) (length >>> 16);
        bytes[start + 3] = (byte) (length >>> 24);
    }

    void string(String name, String value) {
        element(BsonType.STRING, name);
        int at = size;
        int32(0);
        int length = utf8(value, false);
        room(1);
        bytes[size++] = 0;
        length++;
        bytes[at] = (byte) length;
        bytes[at + 1] = (byte) (length >>> 8);
        bytes[at + 2] = (byte) (length >>> 16);
        bytes[at + 3] = (byte) (length >>> 24);
    }

    void int32(String name, int value) {
        element(BsonType.INT32, name);
        int32(value);
    }

    void int64(String name, long value) {
        element(BsonType.INT64, name);
        int64(value);
    }

    void dbl(String name, double value) {
        element(BsonType.DOUBLE, name);
        int64(Double.doubleToRawLongBits(value));
    }

    void bool(String name, boolean value) {
        element(BsonType.BOOLEAN, name);
        room(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    void nul(String name) {
        element(BsonType.NULL, name);
    }

    void decimal(String name, Decimal128 value) {
        element(BsonType.DECIMAL128, name);
        int64(value.getLow());
        int64(value.getHigh());
    }

    private void open(int index) {
        if (depth == starts.length) {
            starts = Arrays.copyOf(starts, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        starts[depth] = size;
        indexes[depth] = index;
        depth++;
        int32(0);
    }

    private void element(BsonType type, String name) {
        room(1);
        bytes[size++] = (byte) type.getValue();
        int index = depth == 0 ? -1 : indexes[depth - 1];
        if (index >= 0) {
            indexes[depth - 1] = index + 1;
            name = Integer.toString(index);
        }
        utf8(name, true);
        room(1);
        bytes[size++] = 0;
    }

    private void int32(int value) {
        room(4);
        bytes[size++] = (byte) value;
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 24);
    }

    private void int64(long value) {
        int32((int) value);
        int32((int) (value >>> 32));
    }

    /** The text's UTF-8 bytes as the driver writes them (code point by code point); their number. */
    private int utf8(String text, boolean name) {
        int length = text.length();
        room(3 * length);
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        char[] chars = this.chars;
        text.getChars(0, length, chars, 0);
        byte[] bytes = this.bytes;
        int size = this.size;
        int from = size;
        int i = 0;
        for (; i < length; i++) {
            char c = chars[i];
            if (c >= 0x80 || c == 0) {
                break;
            }
            bytes[size++] = (byte) c;
        }
        while (i < length) {
            int c = Character.codePointAt(chars, i, length);
            if (c == 0 && name) {
                throw new IllegalArgumentException("a BSON name may not hold a null character: " + text);
            }
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 + (c >> 6));
                bytes[size++] = (byte) (0x80 + (c & 0x3f));
            } else if (c < 0x10000) {
                bytes[size++] = (byte) (0xe0 + (c >> 12));
                bytes[size++] = (byte) (0x80 + ((c >> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 + (c & 0x3f));
            } else {
                bytes[size++] = (byte) (0xf0 + (c >> 18));
                bytes[size++] = (byte) (0x80 + ((c >> 12) & 0x3f));
                bytes[size++] = (byte) (0x80 + ((c >> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 + (c & 0x3f));
            }
            i += Character.charCount(c);
        }
        this.size = size;
        return size - from;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
