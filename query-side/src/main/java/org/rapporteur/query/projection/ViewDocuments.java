package org.rapporteur.query.projection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.bson.BsonBinaryWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.rapporteur.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * A view as stored (under {@code view} in {@code {_id: meeting id, view: …}}), written from its JSON tokens straight into BSON:
 * the same document the view converted to maps used to give (each number of the type it was serialized as), without
 * the maps, or the driver looking up a codec for every value.
 */
final class ViewDocuments {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private ViewDocuments() {
    }

    static RawBsonDocument write(Object view) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(4096);
        try (TokenBuffer tokens = new TokenBuffer(MAPPER, false); BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            MAPPER.writeValue(tokens, view);
            try (JsonParser parser = tokens.asParser()) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("a view is an object: " + view.getClass().getName());
                }
                value(parser, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    /** The value at the parser's current token (a field's name already written, or an array element). */
    private static void value(JsonParser parser, BsonBinaryWriter writer) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                writer.writeStartDocument();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    writer.writeName(parser.currentName());
                    parser.nextToken();
                    value(parser, writer);
                }
                writer.writeEndDocument();
            }
            case START_ARRAY -> {
                writer.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    value(parser, writer);
                }
                writer.writeEndArray();
            }
            case VALUE_STRING -> writer.writeString(parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> writer.writeBoolean(parser.getBooleanValue());
            case VALUE_NULL -> writer.writeNull();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getNumberValue(), writer);
            default -> throw new IllegalArgumentException("no BSON for " + parser.currentToken());
        }
    }

    private static void number(Number number, BsonBinaryWriter writer) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            writer.writeInt32(number.intValue());
        } else if (number instanceof Long) {
            writer.writeInt64(number.longValue());
        } else if (number instanceof Double || number instanceof Float) {
            writer.writeDouble(number.doubleValue());
        } else if (number instanceof BigDecimal decimal) {
            writer.writeDecimal128(new Decimal128(decimal));
        } else {
            throw new IllegalArgumentException("no BSON for " + number.getClass().getName());
        }
    }
}
