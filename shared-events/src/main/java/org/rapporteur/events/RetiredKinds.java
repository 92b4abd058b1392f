package org.rapporteur.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.decisions.ReportAdopted;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Kinds of the CCM's first vocabulary that a general kind now records. New input naming one is refused with the
 * kind to use instead; stored events of a retired kind (and corrections that carry one) read as the general kind.
 */
public final class RetiredKinds {

    /** Each retired kind: the kind that replaces it and how its facts are written there. */
    private static final Map<String, String> REPLACED_BY = new LinkedHashMap<>();

    static {
        REPLACED_BY.put("final-report-adopted", "report-adopted (its draftSymbol, symbol and issuedOn)");
    }

    private static final String EVENTS = "org.rapporteur.events.";

    private RetiredKinds() {
    }

    /** What to use instead of a retired kind, with how its facts go there; empty for a kind never retired. */
    public static Optional<String> replacement(String kind) {
        return Optional.ofNullable(REPLACED_BY.get(kind));
    }

    public static Map<String, String> all() {
        return Map.copyOf(REPLACED_BY);
    }

    /** The upcasters of the retired kinds' stored events (see {@link org.rapporteur.events.meeting.MeetingUpcasters}). */
    public static List<EventUpcaster> upcasters() {
        return List.of(
                new Retired(EVENTS + "decisions.FinalReportAdopted", "1", ReportAdopted.class, "2", RetiredKinds::finalReport));
    }

    /** final-report-adopted {draftSymbol, symbol, issuedOn}: a report adopted as drafted, to be issued as a symbol. */
    static ObjectNode finalReport(ObjectNode facts) {
        facts.put("amended", false);
        facts.put("adReferendum", false);
        facts.putNull("entrustedTo");
        if (!facts.has("issuedOn")) {
            facts.putNull("issuedOn");
        }
        return facts;
    }

    /**
     * A stored event of a retired kind read as the kind replacing it, and a correction carrying one read as a
     * correction carrying the replacing kind (the corrected facts name their class, not a revision).
     */
    static final class Retired extends SingleEventUpcaster implements EventUpcaster {
        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final UnaryOperator<ObjectNode> translate;

        Retired(String retiredClass, String revision, Class<?> replacement, String replacementRevision,
                UnaryOperator<ObjectNode> translate) {
            this.from = new SimpleSerializedType(retiredClass, revision);
            this.to = new SimpleSerializedType(replacement.getName(), replacementRevision);
            this.translate = translate;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return from.equals(representation.getType())
                    || representation.getType().getName().equals(ActionCorrected.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            if (from.equals(representation.getType())) {
                return representation.upcastPayload(to, JsonNode.class, node -> translate.apply(((ObjectNode) node).deepCopy()));
            }
            return representation.upcastPayload(representation.getType(), JsonNode.class, node -> {
                JsonNode corrected = node.get("corrected");
                if (corrected == null || !from.getName().equals(corrected.path("@class").asText())) {
                    return node;
                }
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                ObjectNode facts = translate.apply(((ObjectNode) corrected).deepCopy());
                facts.put("@class", to.getName());
                copy.set("corrected", facts);
                return copy;
            });
        }
    }
}
