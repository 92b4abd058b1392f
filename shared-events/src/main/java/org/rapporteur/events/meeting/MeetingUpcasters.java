package org.rapporteur.events.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;
import java.util.Map;

/**
 * Stored events of earlier revisions read as the current ones: a convening of revision 1 was the CCM's (the only
 * body recorded before profiles), so it names the {@code ccm} profile; an opening of revision 1 has no capacity. The
 * other packages' revisions and the retired kinds' events are upcast by the catalogue's RetiredKinds.chain().
 */
public final class MeetingUpcasters {

    private MeetingUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(upcasters());
    }

    /** This package's revision steps (the whole chain, with the other kinds', is the catalogue's RetiredKinds.chain()). */
    public static List<EventUpcaster> upcasters() {
        return List.of(
                new AddedField(MeetingConvened.class, "1", "2", "profile", JsonNodeFactory.instance.textNode("ccm")),
                new AddedField(MeetingOpened.class, "1", "2", "capacity", JsonNodeFactory.instance.nullNode()));
    }

    /** One revision step that adds fields with fixed values to the stored JSON of one event type. */
    public static final class AddedField extends SingleEventUpcaster implements EventUpcaster {
        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final Map<String, JsonNode> fields;

        public AddedField(Class<?> type, String fromRevision, String toRevision, String field, JsonNode value) {
            this(type, fromRevision, toRevision, Map.of(field, value));
        }

        public AddedField(Class<?> type, String fromRevision, String toRevision, Map<String, JsonNode> fields) {
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
