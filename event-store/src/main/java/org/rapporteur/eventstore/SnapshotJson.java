package org.rapporteur.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** Snapshots in the events' JSON form ({@link org.rapporteur.events.EventJson}). */
public final class SnapshotJson {

    private SnapshotJson() {
    }

    /**
     * The same JSON, read without interning field names: a meeting's rule state holds maps keyed by event and command
     * ids, which would otherwise all go through Jackson's name table at every snapshot.
     */
    public static Serializer serializer(ObjectMapper axonMapper) {
        ObjectMapper mapper = axonMapper.copy();
        mapper.getFactory().configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, false);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
