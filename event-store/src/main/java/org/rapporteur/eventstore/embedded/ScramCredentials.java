package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One user, made up when the store opens and known only to the process that opened it, and the server side of
 * MongoDB's SCRAM-SHA-256 conversation ({@code saslStart}, {@code saslContinue}; RFC 5802 and 7677) that proves a
 * client knows its password.
 */
public final class ScramCredentials {

    public static final String MECHANISM = "SCRAM-SHA-256";
    /** The fewest iterations the MongoDB drivers accept; the password is random, so more would add nothing. */
    private static final int ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder FROM_BASE64 = Base64.getDecoder();

    private final String user;
    private final String password;
    private final byte[] salt = random(16);
    /** The stored key and the server key, derived on a thread of their own while the store opens (4,096 rounds). */
    private final FutureTask<byte[][]> keys;

    private ScramCredentials(String user, String password) {
        this.user = user;
        this.password = password;
        keys = new FutureTask<>(() -> {
            byte[] salted = pbkdf2(password, salt);
            return new byte[][] {sha256(hmac(salted, "Client Key")), hmac(salted, "Server Key")};
        });
        Thread thread = new Thread(keys, "scram-keys");
        thread.setDaemon(true);
        thread.start();
    }

    private byte[][] keys() {
        try {
            return keys.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deriving the store's keys", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot derive the store's keys", e.getCause());
        }
    }

    /** A user with a random password of 32 characters. */
    public static ScramCredentials generate() {
        return new ScramCredentials("rapporteur", Base64.getUrlEncoder().withoutPadding().encodeToString(random(24)));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A client's conversation, one per connection. */
    final class Conversation {
        private String clientFirstBare;
        private String serverFirst;
        private String nonce;
        private boolean proven;
        private boolean done;

        boolean authenticated() {
            return done;
        }

        Document start(Document command) {
            String mechanism = command.get("mechanism") instanceof String m ? m : "";
            if (!MECHANISM.equals(mechanism)) {
                throw new MongoServerError(334, "MechanismUnavailable", "Received authentication for mechanism "
                        + mechanism + " which is not enabled");
            }
            String message = payload(command);
            if (!message.startsWith("n,,")) {
                throw failed();
            }
            clientFirstBare = message.substring(3);
            Map<String, String> fields = fields(clientFirstBare);
            if (!user.equals(fields.get("n")) || fields.get("r") == null) {
                throw failed();
            }
            nonce = fields.get("r") + BASE64.encodeToString(random(18));
            serverFirst = "r=" + nonce + ",s=" + BASE64.encodeToString(salt) + ",i=" + ITERATIONS;
            return reply(false, serverFirst);
        }

        Document next(Document command) {
            if (serverFirst == null) {
                throw failed();
            }
            if (proven) {
                // the client's empty last step, when it did not ask to skip it
                done = true;
                return reply(true, "");
            }
            String clientFinal = payload(command);
            int proofAt = clientFinal.lastIndexOf(",p=");
            if (proofAt < 0) {
                throw failed();
            }
            String withoutProof = clientFinal.substring(0, proofAt);
            Map<String, String> fields = fields(withoutProof);
            if (!nonce.equals(fields.get("r")) || !"biws".equals(fields.get("c"))) {
                throw failed();
            }
            byte[] proof;
            try {
                proof = FROM_BASE64.decode(clientFinal.substring(proofAt + 3));
            } catch (IllegalArgumentException e) {
                throw failed();
            }
            String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
            byte[] storedKey = keys()[0];
            byte[] signature = hmac(storedKey, authMessage);
            if (proof.length != signature.length) {
                throw failed();
            }
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ signature[i]);
            }
            if (!MessageDigest.isEqual(sha256(clientKey), storedKey)) {
                throw failed();
            }
            proven = true;
            boolean skipEmpty = command.get("options") instanceof Document options
                    && Boolean.TRUE.equals(options.get("skipEmptyExchange"));
            done = skipEmpty;
            return reply(skipEmpty, "v=" + BASE64.encodeToString(hmac(keys()[1], authMessage)));
        }
    }

    Conversation conversation() {
        return new Conversation();
    }

    private static Document reply(boolean done, String payload) {
        Document reply = new Document("conversationId", 1).append("done", done)
                .append("payload", new BinData(payload.getBytes(StandardCharsets.UTF_8)));
        reply.put("ok", 1.0);
        return reply;
    }

    static MongoServerError failed() {
        return new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
    }

    private static String payload(Document command) {
        Object payload = command.get("payload");
        if (payload instanceof BinData data) {
            return new String(data.getData(), StandardCharsets.UTF_8);
        }
        if (payload instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw failed();
    }

    private static Map<String, String> fields(String message) {
        Map<String, String> fields = new HashMap<>();
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(1) == '=') {
                fields.putIfAbsent(part.substring(0, 1), part.substring(2));
            }
        }
        return fields;
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    private static byte[] pbkdf2(String password, byte[] salt) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
