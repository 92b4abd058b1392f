package org.rapporteur.events.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.CorrectedKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A correction stored at revision 1 named its corrected facts' Java class ({@code "@class"}); read at revision 2, it
 * names their kind ({@code "@kind"}). The classes are those of the time ({@code classes-of-revision-1-corrections.tsv}),
 * so a class moved later still reads. Runs after the retired kinds' upcasters, which name the replacing class.
 */
final class CorrectionsByKind extends SingleEventUpcaster {

    static final String CLASS_FIELD = "@class";
    private static final SimpleSerializedType FROM = new SimpleSerializedType(ActionCorrected.class.getName(), "1");
    private static final SimpleSerializedType TO = new SimpleSerializedType(ActionCorrected.class.getName(), "2");

    private final Map<String, String> kindOfClass = classesOfRevision1();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FROM.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(TO, JsonNode.class, node -> byKind((ObjectNode) node));
    }

    ObjectNode byKind(ObjectNode stored) {
        if (!(stored.get("corrected") instanceof ObjectNode corrected) || !corrected.has(CLASS_FIELD)) {
            return stored;
        }
        String type = corrected.get(CLASS_FIELD).asText();
        String kind = kindOfClass.get(type);
        if (kind == null) {
            throw new IllegalStateException("a stored correction names " + type + ", which was never a kind of action");
        }
        ObjectNode facts = stored.objectNode().put(CorrectedKind.FIELD, kind);
        corrected.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(CLASS_FIELD)) {
                facts.set(field.getKey(), field.getValue());
            }
        });
        ObjectNode copy = stored.deepCopy();
        copy.set("corrected", facts);
        return copy;
    }

    static Map<String, String> classesOfRevision1() {
        Map<String, String> kinds = new LinkedHashMap<>();
        try (InputStream in = CorrectionsByKind.class.getResourceAsStream("classes-of-revision-1-corrections.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] columns = line.split("\t");
                kinds.put(columns[0], columns[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(kinds);
    }
}
