package org.rapporteur.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * User names and passwords verified a moment ago, so that HTTP Basic, which sends them with every request, pays for
 * the password hash once and not per request. Kept under a keyed hash (HMAC-SHA256 with a key made at start-up and
 * never stored), never as the password itself, and only briefly.
 */
final class VerifiedCredentials {

    private static final int REMEMBERED = 10_000;

    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;

    VerifiedCredentials(Duration remember) {
        this.verified = remember.isZero() || remember.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(REMEMBERED).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Optional<Authentication> verified(String user, String password) {
        return verified == null ? Optional.empty() : Optional.ofNullable(verified.getIfPresent(hash(user, password)));
    }

    void remember(String user, String password, Authentication authentication) {
        if (verified != null) {
            verified.put(hash(user, password), authentication);
        }
    }

    private String hash(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
