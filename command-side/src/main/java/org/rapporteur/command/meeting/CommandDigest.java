package org.rapporteur.command.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rapporteur.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of an action as the client gave it (before its moment is completed), kept in its event's metadata:
 * a retry under the same command id must carry the same action, or it is refused ({@link IdempotencyKeyReused}).
 */
final class CommandDigest {

    static final String METADATA_KEY = "commandDigest";

    private static final ObjectMapper JSON = EventJson.mapper().copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CommandDigest() {
    }

    static String of(Object action) {
        try {
            byte[] bytes = (action.getClass().getName() + "\n" + JSON.writeValueAsString(action)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the action", e);
        }
    }
}
