package org.rapporteur.query.projection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.bson.RawBsonDocument;
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
        BsonBytes writer = new BsonBytes(4096).start();
        try (TokenBuffer tokens = new TokenBuffer(MAPPER, false)) {
            MAPPER.writeValue(tokens, view);
            try (JsonParser parser = tokens.asParser()) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("a view is an object: " + view.getClass().getName());
                }
                fields(parser, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.end();
    }

    /** The fields of the object the parser is at the start of, up to its end. */
    private static void fields(JsonParser parser, BsonBytes writer) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            value(name, parser, writer);
        }
    }

    /** The value at the parser's current token, under {@code name} (in an array, its index is its name). */
    private static void value(String name, JsonParser parser, BsonBytes writer) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                writer.startDocument(name);
                fields(parser, writer);
                writer.close();
            }
            case START_ARRAY -> {
                writer.startArray(name);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    value(null, parser, writer);
                }
                writer.close();
            }
            case VALUE_STRING -> writer.string(name, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> writer.bool(name, parser.getBooleanValue());
            case VALUE_NULL -> writer.nul(name);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(name, parser.getNumberValue(), writer);
            default -> throw new IllegalArgumentException("no BSON for " + parser.currentToken());
        }
    }

    private static void number(String name, Number number, BsonBytes writer) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            writer.int32(name, number.intValue());
        } else if (number instanceof Long) {
            writer.int64(name, number.longValue());
        } else if (number instanceof Double || number instanceof Float) {
            writer.dbl(name, number.doubleValue());
        } else if (number instanceof BigDecimal decimal) {
            writer.decimal(name, new Decimal128(decimal));
        } else {
            throw new IllegalArgumentException("no BSON for " + number.getClass().getName());
        }
    }
}
