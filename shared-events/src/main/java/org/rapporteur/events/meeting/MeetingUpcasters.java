package org.rapporteur.events.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Stored events of earlier revisions read as the current ones: a convening of revision 1 was the CCM's (the only
 * body recorded before profiles), so it names the {@code ccm} profile; an opening of revision 1 has no capacity.
 */
public final class MeetingUpcasters {

    private MeetingUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                new AddedField(MeetingConvened.class, "1", "2", "profile", JsonNodeFactory.instance.textNode("ccm")),
                new AddedField(MeetingOpened.class, "1", "2", "capacity", JsonNodeFactory.instance.nullNode()));
    }

    /** One revision step that adds a field with a fixed value to the stored JSON of one event type. */
    static final class AddedField extends SingleEventUpcaster implements EventUpcaster {
        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final String field;
        private final JsonNode value;

        AddedField(Class<?> type, String fromRevision, String toRevision, String field, JsonNode value) {
            this.from = new SimpleSerializedType(type.getName(), fromRevision);
            this.to = new SimpleSerializedType(type.getName(), toRevision);
            this.field = field;
            this.value = value;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return from.equals(representation.getType());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(to, JsonNode.class, node -> {
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                if (!copy.has(field)) {
                    copy.set(field, value);
                }
                return copy;
            });
        }
    }
}
