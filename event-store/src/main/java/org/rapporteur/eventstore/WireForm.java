package org.rapporteur.eventstore;

import com.mongodb.MongoClientSettings;
import io.netty.buffer.Unpooled;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;

/**
 * Documents as the embedded server receives them from the MongoDB driver: encoded to BSON by the driver's own codecs
 * (those of a collection of {@link Document}) and decoded by the server's, so that what is written in this process
 * is what the driver would have sent, value for value and field for field.
 */
final class WireForm {

    private static final CodecRegistry DRIVER = MongoClientSettings.getDefaultCodecRegistry();

    private WireForm() {
    }

    /** A document {@code insertMany} sends: given an {@code _id} first when it has none, as the driver gives it. */
    static de.bwaldvogel.mongo.bson.Document inserted(Document document) {
        Codec<Document> codec = DRIVER.get(Document.class);
        Document identified = codec instanceof CollectibleCodec<Document> collectible
                ? collectible.generateIdIfAbsentFromDocument(document) : document;
        return received(codec, identified, true);
    }

    /** A command's body, or a part of it, as sent. */
    static de.bwaldvogel.mongo.bson.Document sent(BsonDocument document) {
        return received(DRIVER.get(BsonDocument.class), document, false);
    }

    private static <T> de.bwaldvogel.mongo.bson.Document received(Codec<T> codec, T value, boolean collectible) {
        BasicOutputBuffer bytes = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(bytes)) {
            codec.encode(writer, value, EncoderContext.builder().isEncodingCollectibleDocument(collectible).build());
        }
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes.getInternalBuffer(), 0, bytes.getPosition()));
    }
}
