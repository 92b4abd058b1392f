package org.rapporteur.query.history;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An event's JSON tree built by Jackson's serialization straight into nodes, the nodes {@code valueToTree} makes, without
 * its token buffer between. What a tree read back could make otherwise (a decimal, a big integer, a number written as
 * text, NaN, binary, raw JSON) is not built here: the caller reads such an event with {@code valueToTree}.
 */
final class EventTrees {

    /** The serialization wrote something left to {@code valueToTree}. */
    static final class NotBuilt extends IOException {
        NotBuilt(String what) {
            super("left to valueToTree: " + what);
        }
    }

    private EventTrees() {
    }

    /** The value's tree, or null when it is one to leave to {@code valueToTree}. */
    static ObjectNode tree(ObjectMapper mapper, Object value) throws IOException {
        Builder builder = new Builder(mapper);
        try {
            mapper.writeValue(builder, value);
        } catch (NotBuilt | com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e instanceof NotBuilt || e.getCause() instanceof NotBuilt) {
                return null;
            }
            throw e;
        }
        return builder.root instanceof ObjectNode object ? object : null;
    }

    private static final class Builder extends GeneratorBase {

        private final JsonNodeFactory nodes;
        private final Deque<JsonNode> open = new ArrayDeque<>();
        private JsonNode root;
        private String name;

        Builder(ObjectMapper mapper) {
            super(Feature.collectDefaults(), mapper);
            this.nodes = mapper.getNodeFactory();
        }

        private void add(JsonNode node) throws IOException {
            if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) {
                throw new JsonGenerationException("a value where a field name is expected", this);
            }
            JsonNode parent = open.peek();
            if (parent == null) {
                if (root != null) {
                    throw new NotBuilt("more than one value");
                }
                root = node;
            } else if (parent instanceof ObjectNode object) {
                object.replace(name, node);
            } else {
                ((ArrayNode) parent).add(node);
            }
        }

        @Override
        public void writeStartObject() throws IOException {
            ObjectNode object = nodes.objectNode();
            add(object);
            open.push(object);
            _writeContext = _writeContext.createChildObjectContext();
        }

        @Override
        public void writeEndObject() throws IOException {
            if (!_writeContext.inObject()) {
                throw new JsonGenerationException("not in an object", this);
            }
            open.pop();
            _writeContext = _writeContext.clearAndGetParent();
        }

        @Override
        public void writeStartArray() throws IOException {
            ArrayNode array = nodes.arrayNode();
            add(array);
            open.push(array);
            _writeContext = _writeContext.createChildArrayContext();
        }

        @Override
        public void writeEndArray() throws IOException {
            if (!_writeContext.inArray()) {
                throw new JsonGenerationException("not in an array", this);
            }
            open.pop();
            _writeContext = _writeContext.clearAndGetParent();
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
            add(text == null ? nodes.nullNode() : nodes.textNode(text));
        }

        @Override
        public void writeString(char[] text, int offset, int len) throws IOException {
            writeString(new String(text, offset, len));
        }

        @Override
        public void writeNumber(int v) throws IOException {
            add(nodes.numberNode(v));
        }

        @Override
        public void writeNumber(long v) throws IOException {
            add(nodes.numberNode(v));
        }

        @Override
        public void writeNumber(double v) throws IOException {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NotBuilt("a non-finite double");
            }
            add(nodes.numberNode(v));
        }

        @Override
        public void writeNumber(float v) throws IOException {
            if (Float.isNaN(v) || Float.isInfinite(v)) {
                throw new NotBuilt("a non-finite float");
            }
            add(nodes.numberNode(v));
        }

        @Override
        public void writeNumber(BigDecimal v) throws IOException {
            throw new NotBuilt("a decimal");
        }

        @Override
        public void writeNumber(BigInteger v) throws IOException {
            throw new NotBuilt("a big integer");
        }

        @Override
        public void writeNumber(String encodedValue) throws IOException {
            throw new NotBuilt("a number as text");
        }

        @Override
        public void writeBoolean(boolean state) throws IOException {
            add(nodes.booleanNode(state));
        }

        @Override
        public void writeNull() throws IOException {
            add(nodes.nullNode());
        }

        @Override
        public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
            throw new NotBuilt("raw UTF-8");
        }

        @Override
        public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
            throw new NotBuilt("UTF-8 bytes");
        }

        @Override
        public void writeRaw(String text) throws IOException {
            throw new NotBuilt("raw JSON");
        }

        @Override
        public void writeRaw(String text, int offset, int len) throws IOException {
            throw new NotBuilt("raw JSON");
        }

        @Override
        public void writeRaw(char[] text, int offset, int len) throws IOException {
            throw new NotBuilt("raw JSON");
        }

        @Override
        public void writeRaw(char c) throws IOException {
            throw new NotBuilt("raw JSON");
        }

        @Override
        public void writeRawValue(String text) throws IOException {
            throw new NotBuilt("raw JSON");
        }

        @Override
        public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) throws IOException {
            throw new NotBuilt("binary");
        }

        @Override
        protected void _verifyValueWrite(String typeMsg) {
        }

        @Override
        public void flush() {
        }

        @Override
        protected void _releaseBuffers() {
        }
    }
}
