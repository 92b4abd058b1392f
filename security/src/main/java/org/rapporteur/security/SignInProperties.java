package org.rapporteur.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How sign-in failures are slowed down and how long verified credentials are remembered.
 *
 * @param freeFailuresPerUser    wrong passwords for one user name before it is made to wait
 * @param freeFailuresPerAddress wrong passwords from one client address before it is made to wait
 * @param firstBackOff           the first wait; it doubles with every further failure
 * @param longestBackOff         the longest wait
 * @param forgetFailuresAfter    failures older than this (since the last one) are forgotten
 * @param rememberCredentials    how long a verified user name and password are taken without checking the hash
 *                               again (HTTP Basic sends them with every request); zero turns it off
 */
@ConfigurationProperties("rapporteur.security.sign-in")
public record SignInProperties(Integer freeFailuresPerUser, Integer freeFailuresPerAddress, Duration firstBackOff,
                               Duration longestBackOff, Duration forgetFailuresAfter, Duration rememberCredentials) {

    public SignInProperties {
        freeFailuresPerUser = freeFailuresPerUser == null ? 5 : freeFailuresPerUser;
        freeFailuresPerAddress = freeFailuresPerAddress == null ? 20 : freeFailuresPerAddress;
        firstBackOff = firstBackOff == null ? Duration.ofSeconds(1) : firstBackOff;
        longestBackOff = longestBackOff == null ? Duration.ofMinutes(5) : longestBackOff;
        forgetFailuresAfter = forgetFailuresAfter == null ? Duration.ofMinutes(15) : forgetFailuresAfter;
        rememberCredentials = rememberCredentials == null ? Duration.ofSeconds(60) : rememberCredentials;
        if (freeFailuresPerUser < 1 || freeFailuresPerAddress < 1) {
            throw new IllegalArgumentException("rapporteur.security.sign-in: free failures must be at least 1");
        }
        if (firstBackOff.isNegative() || firstBackOff.isZero() || longestBackOff.compareTo(firstBackOff) < 0) {
            throw new IllegalArgumentException(
                    "rapporteur.security.sign-in: first-back-off must be positive and no longer than longest-back-off");
        }
    }

    public static SignInProperties defaults() {
        return new SignInProperties(null, null, null, null, null, null);
    }
}
