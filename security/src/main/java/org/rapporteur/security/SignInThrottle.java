package org.rapporteur.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts sign-in failures per user name and per client address; past the free ones, each further failure makes
 * that name or address wait twice as long before it may try again. While it waits, attempts are refused unchecked
 * (they neither cost a hash nor count as failures). A success clears the user's count, not the address's.
 */
public final class SignInThrottle {

    private static final int REMEMBERED_KEYS = 100_000;

    private final SignInProperties properties;
    private final Clock clock;
    private final Cache<String, Failures> byUser = Caffeine.newBuilder().maximumSize(REMEMBERED_KEYS).build();
    private final Cache<String, Failures> byAddress = Caffeine.newBuilder().maximumSize(REMEMBERED_KEYS).build();

    public SignInThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this user, or this address, must still wait; empty if it may try now. */
    public Optional<Duration> waitFor(String user, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(byUser.getIfPresent(key(user)), now),
                remaining(address == null ? null : byAddress.getIfPresent(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong password; answers the wait it now imposes (zero while still within the free failures). */
    public Duration failed(String user, String address) {
        Instant now = clock.instant();
        Duration wait = count(byUser, key(user), properties.freeFailuresPerUser(), now);
        if (address != null) {
            wait = max(wait, count(byAddress, address, properties.freeFailuresPerAddress(), now));
        }
        return wait;
    }

    public void succeeded(String user) {
        byUser.invalidate(key(user));
    }

    private Duration count(Cache<String, Failures> failures, String key, int free, Instant now) {
        Failures counted = failures.asMap().compute(key, (k, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            Instant until = count <= free ? now : now.plus(backOff(count - free - 1));
            return new Failures(count, now, until);
        });
        return remaining(counted, now);
    }

    private Duration backOff(int beyondFree) {
        Duration longest = properties.longestBackOff();
        Duration wait = properties.firstBackOff();
        for (int i = 0; i < beyondFree && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    private boolean forgotten(Failures failures, Instant now) {
        return failures.blockedUntil().isBefore(now)
                && Duration.between(failures.last(), now).compareTo(properties.forgetFailuresAfter()) > 0;
    }

    private static Duration remaining(Failures failures, Instant now) {
        if (failures == null || !failures.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.blockedUntil());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** User names are compared as the user store compares them: without regard to case. */
    private static String key(String user) {
        return user == null ? "" : user.toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
