package org.rapporteur.events.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.rapporteur.events.RetiredKinds;
import org.rapporteur.events.decisions.ReportAdopted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stored events of earlier revisions read as the current ones: a convening of revision 1 was the CCM's (the only
 * body recorded before profiles), so it names the {@code ccm} profile; an opening of revision 1 has no capacity; a
 * report adopted at revision 1 has no symbol to be issued under nor date of issue; a next session decided at revision 1
 * was not for the week of a date. The retired kinds' events read as
 * the kinds replacing them ({@link RetiredKinds}).
 */
public final class MeetingUpcasters {

    private MeetingUpcasters() {
    }

    public static EventUpcasterChain chain() {
        List<EventUpcaster> upcasters = new ArrayList<>(List.of(
                new AddedField(MeetingConvened.class, "1", "2", "profile", JsonNodeFactory.instance.textNode("ccm")),
                new AddedField(MeetingOpened.class, "1", "2", "capacity", JsonNodeFactory.instance.nullNode()),
                new AddedField(ReportAdopted.class, "1", "2", Map.of("symbol", JsonNodeFactory.instance.nullNode(),
                        "issuedOn", JsonNodeFactory.instance.nullNode())),
                new AddedField(NextSessionDecided.class, "1", "2", "weekOf", JsonNodeFactory.instance.nullNode())));
        upcasters.addAll(RetiredKinds.upcasters());
        return new EventUpcasterChain(upcasters);
    }

    /** One revision step that adds fields with fixed values to the stored JSON of one event type. */
    static final class AddedField extends SingleEventUpcaster implements EventUpcaster {
        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final Map<String, JsonNode> fields;

        AddedField(Class<?> type, String fromRevision, String toRevision, String field, JsonNode value) {
            this(type, fromRevision, toRevision, Map.of(field, value));
        }

        AddedField(Class<?> type, String fromRevision, String toRevision, Map<String, JsonNode> fields) {
            this.from = new SimpleSerializedType(type.getName(), fromRevision);
            this.to = new SimpleSerializedType(type.getName(), toRevision);
            this.fields = fields;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return from.equals(representation.getType());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(to, JsonNode.class, node -> {
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                fields.forEach((field, value) -> {
                    if (!copy.has(field)) {
                        copy.set(field, value);
                    }
                });
                return copy;
            });
        }
    }
}
