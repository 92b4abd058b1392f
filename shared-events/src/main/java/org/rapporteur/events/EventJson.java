package org.rapporteur.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

/** The stored JSON form of events: ISO dates, unknown fields tolerated so older readers survive newer events. */
public final class EventJson {

    /** One mapper of the stored form for the whole process ({@link #shared()}). */
    private static final ObjectMapper SHARED = mapper();

    private EventJson() {
    }

    /**
     * One mapper of the stored form for the whole process, so that what writes events with it (the command side's
     * fingerprints of actions, the command line's event serializer) makes each kind's serializer once, not once
     * per mapper. Not to be reconfigured: a caller that needs other settings takes an {@code ObjectWriter} of it
     * ({@code shared().writer().with(...)}, which shares its serializers) or a {@link #mapper()} of its own.
     */
    public static ObjectMapper shared() {
        return SHARED;
    }

    /**
     * The modules are named, not found on the class path: the stored form does not depend on what else a client of
     * the contract has on its class path (and no start-up pays for the search).
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
