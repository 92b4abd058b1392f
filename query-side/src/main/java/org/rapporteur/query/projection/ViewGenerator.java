package org.rapporteur.query.projection;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import org.bson.types.Decimal128;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Jackson's serialization of a view written straight into {@link BsonBytes}: each value of the type it is serialized as
 * (an int as int32, a long as int64, a double or float as a double, a BigDecimal as Decimal128), as the token buffer
 * read back gave it, without buffering the tokens first. What has no BSON here (binary, raw JSON, a big integer) is refused.
 */
final class ViewGenerator extends GeneratorBase {

    private final BsonBytes writer;
    /** The name of the next value in a document; null in an array, where the element's index is its name. */
    private String name;

    ViewGenerator(ObjectCodec codec, BsonBytes writer) {
        super(Feature.collectDefaults(), codec);
        this.writer = writer;
    }

    private String take() {
        String taken = name;
        name = null;
        return taken;
    }

    @Override
    public void writeStartObject() throws IOException {
        if (_writeContext.inRoot()) {
            _verifyValueWrite("start an object");
            _writeContext = _writeContext.createChildObjectContext();
            return;
        }
        _verifyValueWrite("start an object");
        writer.startDocument(take());
        _writeContext = _writeContext.createChildObjectContext();
    }

    @Override
    public void writeEndObject() throws IOException {
        if (!_writeContext.inObject()) {
            throw new JsonGenerationException("not in an object", this);
        }
        _writeContext = _writeContext.clearAndGetParent();
        if (!_writeContext.inRoot()) {
            writer.close();
        }
    }

    @Override
    public void writeStartArray() throws IOException {
        if (_writeContext.inRoot()) {
            throw new JsonGenerationException("a view is an object", this);
        }
        _verifyValueWrite("start an array");
        writer.startArray(take());
        _writeContext = _writeContext.createChildArrayContext();
    }

    @Override
    public void writeEndArray() throws IOException {
        if (!_writeContext.inArray()) {
            throw new JsonGenerationException("not in an array", this);
        }
        _writeContext = _writeContext.clearAndGetParent();
        writer.close();
    }

    @Override
    public void writeFieldName(String fieldName) throws IOException {
        if (_writeContext.writeFieldName(fieldName) == JsonWriteContext.STATUS_EXPECT_VALUE) {
            throw new JsonGenerationException("a field name where a value is expected", this);
        }
        name = fieldName;
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text == null) {
            writeNull();
            return;
        }
        _verifyValueWrite("write a string");
        writer.string(take(), text);
    }

    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        writeString(new String(text, offset, length));
    }

    @Override
    public void writeNumber(int v) throws IOException {
        _verifyValueWrite("write a number");
        writer.int32(take(), v);
    }

    @Override
    public void writeNumber(long v) throws IOException {
        _verifyValueWrite("write a number");
        writer.int64(take(), v);
    }

    @Override
    public void writeNumber(double v) throws IOException {
        _verifyValueWrite("write a number");
        writer.dbl(take(), v);
    }

    @Override
    public void writeNumber(float v) throws IOException {
        writeNumber((double) v);
    }

    @Override
    public void writeNumber(BigDecimal v) throws IOException {
        if (v == null) {
            writeNull();
            return;
        }
        _verifyValueWrite("write a number");
        writer.decimal(take(), new Decimal128(v));
    }

    @Override
    public void writeNumber(BigInteger v) throws IOException {
        throw refused("a BigInteger");
    }

    @Override
    public void writeNumber(String encodedValue) throws IOException {
        throw refused("a number as text");
    }

    @Override
    public void writeBoolean(boolean state) throws IOException {
        _verifyValueWrite("write a boolean");
        writer.bool(take(), state);
    }

    @Override
    public void writeNull() throws IOException {
        _verifyValueWrite("write a null");
        writer.nul(take());
    }

    @Override
    public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
        throw refused("raw UTF-8");
    }

    @Override
    public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
        throw refused("UTF-8 bytes");
    }

    @Override
    public void writeRaw(String text) throws IOException {
        throw refused("raw JSON");
    }

    @Override
    public void writeRaw(String text, int offset, int len) throws IOException {
        throw refused("raw JSON");
    }

    @Override
    public void writeRaw(char[] text, int offset, int len) throws IOException {
        throw refused("raw JSON");
    }

    @Override
    public void writeRaw(char c) throws IOException {
        throw refused("raw JSON");
    }

    @Override
    public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) throws IOException {
        throw refused("binary");
    }

    @Override
    protected void _verifyValueWrite(String typeMsg) throws IOException {
        if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) {
            throw new JsonGenerationException("cannot " + typeMsg + ", a field name is expected", this);
        }
    }

    private JsonGenerationException refused(String what) {
        return new JsonGenerationException("no BSON for " + what, this);
    }

    @Override
    public void flush() {
    }

    @Override
    protected void _releaseBuffers() {
    }
}
