package org.rapporteur.events.meeting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.EventJson;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored events of revision 1 read as revision 2. */
class MeetingUpcastersTest {

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    private Object read(Class<?> type, String revision, String json) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Meeting", "m", 0, "e1", "2024-09-10T10:00:00Z",
                type.getName(), revision, json, "{}");
        List<IntermediateEventRepresentation> upcast = MeetingUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation event = upcast.get(0);
        assertThat(event.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(new SimpleSerializedObject<>(event.getData(String.class).getData(), String.class,
                event.getType()));
    }

    @Test
    void aConveningOfRevisionOneWasTheCcms() {
        MeetingConvened convened = (MeetingConvened) read(MeetingConvened.class, "1", """
                {"moment":{"date":"2023-09-14"},"convention":{"name":"Convention on Cluster Munitions","acronym":"CCM"},
                 "ordinal":12,"meetingKind":"Meeting of States Parties","venue":{"city":"Geneva"},
                 "startsOn":"2024-09-10","endsOn":"2024-09-13","symbolPrefix":"CCM/MSP/2024"}""");
        assertThat(convened.profile()).isEqualTo("ccm");
        assertThat(convened.ordinal()).isEqualTo(12);
        assertThat(convened.convention().acronym()).isEqualTo("CCM");
    }

    @Test
    void anOpeningOfRevisionOneHasNoCapacity() {
        MeetingOpened opened = (MeetingOpened) read(MeetingOpened.class, "1", """
                {"moment":{"plenarySession":1,"date":"2024-09-10"},"openedBy":{"name":"Francisca Méndez"}}""");
        assertThat(opened.capacity()).isNull();
        assertThat(opened.openedBy().name()).isEqualTo("Francisca Méndez");
    }

    @Test
    void eventsOfTheCurrentRevisionPassUnchanged() {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Meeting", "m", 0, "e1", "2024-09-10T10:00:00Z",
                MeetingConvened.class.getName(), "2", "{\"profile\":\"bwc\"}", "{}");
        IntermediateEventRepresentation event = MeetingUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList().get(0);
        assertThat(event.getData(String.class).getData()).contains("bwc").doesNotContain("ccm");
    }
}
