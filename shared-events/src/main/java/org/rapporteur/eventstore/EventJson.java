package org.rapporteur.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** The stored JSON form of events: ISO dates, unknown fields tolerated so older readers survive newer events. */
public final class EventJson {

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * Snapshots as the same JSON, read without interning field names: a meeting's rule state holds maps keyed by
     * event and command ids, which would otherwise all go through Jackson's name table at every snapshot.
     */
    public static Serializer snapshotSerializer(ObjectMapper axonMapper) {
        ObjectMapper mapper = axonMapper.copy();
        mapper.getFactory().configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, false);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
