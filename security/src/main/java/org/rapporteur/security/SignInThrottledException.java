package org.rapporteur.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many wrong passwords for this user name or from this address: it must wait before trying again. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After takes them. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds();
        return wait.minusSeconds(seconds).isZero() ? Math.max(1, seconds) : seconds + 1;
    }
}
