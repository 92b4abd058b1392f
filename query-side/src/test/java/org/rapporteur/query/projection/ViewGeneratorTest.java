package org.rapporteur.query.projection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.bson.RawBsonDocument;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.ScenarioHistories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A view serialized straight into BSON has the bytes its JSON tokens, buffered and read back, gave before. */
class ViewGeneratorTest {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    @ParameterizedTest
    @ValueSource(strings = {"ccm-12msp", "cites-sample"})
    void everyViewHasTheBytesOfItsBufferedTokens(String example) {
        MeetingHistory history = ScenarioHistories.of(example);
        int size = history.events().size();
        for (int end = 1; end <= size; end += Math.max(1, size / 7)) {
            MeetingHistory prefix = new MeetingHistory(history.meetingId(), history.events().subList(0, end));
            for (MeetingView view : MeetingView.values()) {
                Object value = view.fold(prefix);
                assertThat(bytes(ViewDocuments.write(value))).as(view.name() + " at " + end)
                        .isEqualTo(bytes(throughTokens(value)));
            }
        }
    }

    @Test
    void numbersKeepTheirTypesAndNamesAndNestingHold() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 7);
        value.put("long", 7L);
        value.put("short", (short) 3);
        value.put("double", 0.1);
        value.put("float", 0.5f);
        value.put("decimal", new BigDecimal("12.50"));
        value.put("text", "D\u00e9l\u00e9gation \uD83C\uDDEB\uD83C\uDDF7 \uD800 lone");
        value.put("none", null);
        value.put("yes", true);
        value.put("list", List.of(1, List.of(), Map.of("a", List.of("b")), Arrays.asList(null, false)));
        value.put("empty", Map.of());
        assertThat(bytes(ViewDocuments.write(value))).isEqualTo(bytes(throughTokens(value)));
    }

    @Test
    void whatHasNoBsonIsRefused() {
        assertThatThrownBy(() -> ViewDocuments.write(Map.of("big", java.math.BigInteger.TEN))).hasMessageContaining("no BSON");
        assertThatThrownBy(() -> ViewDocuments.write(Map.of("bytes", new byte[] {1}))).hasMessageContaining("no BSON");
        assertThatThrownBy(() -> ViewDocuments.write(List.of(1))).hasMessageContaining("object");
    }

    private static byte[] bytes(RawBsonDocument document) {
        java.nio.ByteBuffer buffer = document.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** What {@code ViewDocuments} wrote before: the view's tokens buffered, then read back into BSON. */
    private static RawBsonDocument throughTokens(Object view) {
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
