package org.rapporteur.command.scenario;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** A YAML document read as a tree, remembering the line of every node by its JSON pointer ("/actions/3/facts/states/1"). */
final class LocatedTree {

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedTree(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    static LocatedTree read(JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new LocatedTree(JsonNodeFactory.instance.nullNode(), lines);
        }
        JsonNode root = node(parser, "", lines);
        return new LocatedTree(root, lines);
    }

    private static JsonNode node(JsonParser parser, String pointer, Map<String, Integer> lines) throws IOException {
        lines.put(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = f.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new JsonParseException(parser, "the key '" + name + "' is given twice in the same mapping");
                    }
                    String child = pointer + "/" + name;
                    int nameLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    boolean container = parser.currentToken().isStructStart();
                    JsonNode value = node(parser, child, lines);
                    if (container) {
                        lines.put(child, nameLine);
                    }
                    object.set(name, value);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = f.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(parser, pointer + "/" + i++, lines));
                }
                return array;
            }
            case VALUE_STRING:
                return f.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return f.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                return f.textNode(parser.getText());
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line of the node at {@code pointer}, or of its nearest located ancestor. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 1;
            }
            p = p.substring(0, slash);
        }
    }
}
