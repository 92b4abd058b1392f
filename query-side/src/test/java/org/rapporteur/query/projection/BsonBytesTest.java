package org.rapporteur.query.projection;

import org.bson.BsonBinaryWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What BsonBytes writes is, byte for byte, what the driver's writer writes. */
class BsonBytesTest {

    private static final String[] TEXTS = {"", "plain", "Côte d’Ivoire", "Türkiye\u00a0", "日本", "emoji \uD83C\uDDEB\uD83C\uDDF7",
            "lone \uD800 surrogate", "trailing \uDC00", "nul \u0000 inside", "x".repeat(3000)};

    @Test
    void everyKindOfValueIsWrittenAsTheDriverWritesIt() {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        BsonBytes bytes = new BsonBytes(1).start();
        try (BsonBinaryWriter driver = new BsonBinaryWriter(buffer)) {
            driver.writeStartDocument();
            for (int i = 0; i < TEXTS.length; i++) {
                driver.writeString("text" + i, TEXTS[i]);
                bytes.string("text" + i, TEXTS[i]);
            }
            driver.writeInt32("int", -7);
            bytes.int32("int", -7);
            driver.writeInt64("long", 1L << 40);
            bytes.int64("long", 1L << 40);
            driver.writeDouble("double", 2.5);
            bytes.dbl("double", 2.5);
            driver.writeBoolean("yes", true);
            bytes.bool("yes", true);
            driver.writeNull("none");
            bytes.nul("none");
            driver.writeDecimal128("decimal", new Decimal128(new BigDecimal("12.340")));
            bytes.decimal("decimal", new Decimal128(new BigDecimal("12.340")));
            driver.writeStartArray("états");
            bytes.startArray("états");
            for (int i = 0; i < 12; i++) {
                driver.writeStartDocument();
                bytes.startDocument("ignored");
                driver.writeString("code", "C" + i);
                bytes.string("code", "C" + i);
                driver.writeStartArray("nested");
                bytes.startArray("nested");
                driver.writeNull();
                bytes.nul(null);
                driver.writeString(TEXTS[i % TEXTS.length]);
                bytes.string(null, TEXTS[i % TEXTS.length]);
                driver.writeEndArray();
                bytes.close();
                driver.writeEndDocument();
                bytes.close();
            }
            driver.writeEndArray();
            bytes.close();
            driver.writeEndDocument();
        }
        RawBsonDocument written = bytes.end();
        byte[] expected = Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition());
        byte[] actual = Arrays.copyOfRange(written.getByteBuffer().array(), 0, written.getByteBuffer().limit());
        assertThat(actual).isEqualTo(expected);
        assertThat(written.getString("text2").getValue()).isEqualTo("Côte d’Ivoire");
    }

    @Test
    void aNameWithANullCharacterIsRefused() {
        assertThatThrownBy(() -> new BsonBytes(16).start().string("a\u0000b", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
