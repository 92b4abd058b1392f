package org.rapporteur.query.projection;

import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;

import java.util.Arrays;

/**
 * A view or a timeline entry is stored as its BSON bytes, a binary value, not as a nested document: the store keeps
 * one array per value instead of a map per document, list and field, and nothing reads inside them but this
 * application, which always reads them whole. A nested document, as stored before, is read as well.
 */
final class StoredBytes {

    private static final DocumentCodec DOCUMENTS = new DocumentCodec();

    private StoredBytes() {
    }

    static Binary of(RawBsonDocument document) {
        byte[] bytes = document.getByteBuffer().array();
        int length = document.getByteBuffer().remaining();
        int offset = document.getByteBuffer().position();
        return new Binary(BsonBinarySubType.BINARY, offset == 0 && length == bytes.length ? bytes
                : Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** The document stored: from its bytes, or as stored before. */
    static Document document(Object stored) {
        if (stored instanceof Binary binary) {
            return new RawBsonDocument(binary.getData()).decode(DOCUMENTS);
        }
        if (stored instanceof Document document) {
            return document;
        }
        throw new IllegalStateException("a stored view or timeline entry is neither a document nor its bytes: "
                + (stored == null ? "null" : stored.getClass().getSimpleName()));
    }
}
