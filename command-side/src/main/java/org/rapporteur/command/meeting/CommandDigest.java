package org.rapporteur.command.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.CorrectedKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of an action as the client gave it (before its moment is completed), kept with its Idempotency-Key
 * and in its event's metadata: a retry under the same key must carry the same action, or it is refused
 * ({@link IdempotencyKeyReused}). It covers the action's kind by its public name and its facts as stored, so that it
 * does not change when a Java class is renamed or moved. Fingerprints kept before 2 December covered the Java class
 * name instead ({@link #matches} still recognises them).
 */
final class CommandDigest {

    static final String METADATA_KEY = "commandDigest";

    /**
     * The process's mapper of the stored form with map entries in key order: a writer of it shares its serializers
     * with every other writer of events in the process (the command line's serializer above all), so each kind's
     * serializer is made once.
     */
    private static final ObjectWriter JSON = EventJson.shared().writer()
            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CommandDigest() {
    }

    static String of(Object action) {
        try {
            return digest(Actions.name(action.getClass()), JSON.writeValueAsString(action));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the action", e);
        }
    }

    /** Whether a kept fingerprint is this action's, as fingerprinted now or as it was before (by class name). */
    static boolean matches(String kept, Object action) {
        return kept.equals(of(action)) || kept.equals(byClassName(action));
    }

    /** The fingerprint as kept until 2 December: the Java class name, a correction's facts as first stored. */
    static String byClassName(Object action) {
        try {
            String json = action instanceof ActionCorrected correction ? asFirstStored(correction) : JSON.writeValueAsString(action);
            return digest(action.getClass().getName(), json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the action", e);
        }
    }

    private static String digest(String kind, String json) {
        try {
            byte[] bytes = (kind + "\n" + json).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the action", e);
        }
    }

    /**
     * A correction's JSON as corrections were first stored, its corrected facts naming their class (revision 1), so
     * that the fingerprints kept with corrections recorded then still match the same correction sent again.
     */
    private static String asFirstStored(ActionCorrected correction) throws JsonProcessingException {
        ObjectNode tree = FirstStored.JSON.valueToTree(correction);
        if (tree.get("corrected") instanceof ObjectNode corrected) {
            ObjectNode facts = tree.objectNode().put("@class", correction.corrected().getClass().getName());
            corrected.fields().forEachRemaining(field -> {
                if (!field.getKey().equals(CorrectedKind.FIELD)) {
                    facts.set(field.getKey(), field.getValue());
                }
            });
            tree.set("corrected", facts);
        }
        return JSON.writeValueAsString(tree);
    }

    /** The mapper the first stored form is made again with (a retry of a correction recorded then), made when first needed. */
    private static final class FirstStored {
        static final ObjectMapper JSON = EventJson.mapper().copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
