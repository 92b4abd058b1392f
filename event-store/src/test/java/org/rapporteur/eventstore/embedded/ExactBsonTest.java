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
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass encoding gives the bytes of the driver's {@link BsonEncoder}, and refuses what the exactness check refused. */
class ExactBsonTest {

    private final ExactBson bson = new ExactBson();

    @Test
    void everyExactValueIsEncodedAsTheServersEncoderEncodesIt() {
        Document nested = new Document("symbol", "CCM/MSP/2024/1").append("states", new ArrayList<>(List.of("AUT", "CHE")))
                .append("empty", new Document()).append("none", new ArrayList<>());
        List<Object> long_ = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            long_.add(i % 3 == 0 ? (Object) ("item " + i) : i % 3 == 1 ? (Object) (long) i : new Document("i", i));
        }
        Document document = new Document("_id", new ObjectId()).append("text", "Genève — “adopted” 𝄞")
                .append("lone", "a\uD800b").append("loneLow", "\uDC00").append("nul", "a\u0000b").append("", "empty name")
                .append("clé", "non-ASCII name").append("int", 7).append("negative", -1).append("long", Long.MIN_VALUE)
                .append("double", -0.0).append("nan", Double.NaN).append("flag", true).append("off", false).append("none", null)
                .append("at", Instant.parse("2024-09-10T10:00:00.123Z")).append("uuid", UUID.randomUUID())
                .append("legacy", new LegacyUUID(UUID.randomUUID())).append("decimal", new Decimal128(new BigDecimal("1.10")))
                .append("binary", new BinData(new byte[]{1, 2, 0, -1})).append("timestamp", new BsonTimestamp(1234567890123L))
                .append("regex", new BsonRegularExpression("^a.*", "i")).append("code", new BsonJavaScript("return 1"))
                .append("max", MaxKey.getInstance()).append("min", MinKey.getInstance()).append("nested", nested)
                .append("list", new ArrayList<>(List.of(1, 2L, "three", new Document("four", 4))))
                .append("linked", new LinkedList<>(List.of("x", "y"))).append("immutable", List.of(List.of(1, 2), List.of()))
                .append("nulls", Arrays.asList(null, "b", null)).append("long list", long_)
                .append("big", "é".repeat(5000) + "x".repeat(10_000));
        assertSameBytes(document);
        assertSameBytes(new Document());
        assertSameBytes(new Document("k", List.of("ccm-12msp", 17L)));
    }

    @Test
    void randomDocumentsGiveTheSameBytes() {
        Random random = new Random(20261203);
        for (int i = 0; i < 2_000; i++) {
            assertSameBytes(randomDocument(random, 0));
        }
    }

    @Test
    void whatDoesNotComeBackExactlyIsRefusedHoweverDeep() {
        Document exact = new Document("a", 1);
        for (Object inexact : List.of(new Date(0), 1.5f, (short) 1, (byte) 1, Set.of("a"), new HashMap<>(Map.of("a", 1)),
                new StringBuilder("text"), 'c', new int[]{1}, new BigDecimal("1"))) {
            assertThat(bson.encode(new Document("v", inexact))).as("%s", inexact.getClass()).isFalse();
            assertThat(bson.encode(new Document("ok", "x").append("deep",
                    new ArrayList<>(List.of(true, new Document("list", new ArrayList<>(Arrays.asList(1, inexact)))))))).isFalse();
            assertThat(bson.encode(exact)).as("a refusal leaves nothing behind").isTrue();
            assertThat(encoded()).isEqualTo(serversBytes(exact));
        }
    }

    private void assertSameBytes(Document document) {
        assertThat(bson.encode(document)).isTrue();
        assertThat(encoded()).isEqualTo(serversBytes(document));
    }

    private byte[] encoded() {
        return Arrays.copyOf(bson.bytes(), bson.size());
    }

    private static byte[] serversBytes(Document document) {
        ByteBuf out = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, out);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    private static Document randomDocument(Random random, int depth) {
        Document document = new Document();
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            document.put(randomText(random) + i, randomValue(random, depth));
        }
        return document;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 10 : 8);
        return switch (kind) {
            case 0 -> null;
            case 1 -> randomText(random);
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextDouble();
            case 5 -> random.nextBoolean();
            case 6 -> new ObjectId();
            case 7 -> Instant.ofEpochMilli(random.nextLong() >> 20);
            case 8 -> randomDocument(random, depth + 1);
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(random.nextInt(10) == 0 ? 100 : 5);
                for (int i = 0; i < size; i++) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String randomText(Random random) {
        char[] chars = new char[random.nextInt(20)];
        for (int i = 0; i < chars.length; i++) {
            int range = random.nextInt(10);
            chars[i] = (char) (range < 7 ? 'a' + random.nextInt(26) : range < 8 ? random.nextInt(0x800)
                    : range < 9 ? random.nextInt(0x10000) : 0xD800 + random.nextInt(0x800));
        }
        return new String(chars);
    }
}
