package org.rapporteur.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a user name and password (form or HTTP Basic): refused unchecked while that name or address must wait,
 * taken from {@link VerifiedCredentials} when verified a moment ago, otherwise checked against the hash. Every
 * failure is logged and counted in {@code rapporteur.sign-in.failures} (tag {@code reason}).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    static final String FAILURES = "rapporteur.sign-in.failures";
    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final VerifiedCredentials verified;
    private final Counter wrong;
    private final Counter throttled;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, VerifiedCredentials verified,
                    MeterRegistry metrics) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.verified = verified;
        this.wrong = Counter.builder(FAILURES).tag("reason", "wrong-credentials")
                .description("Sign-ins refused for a wrong user name or password").register(metrics);
        this.throttled = Counter.builder(FAILURES).tag("reason", "throttled")
                .description("Sign-ins refused unchecked while the user name or address must wait").register(metrics);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = address(attempt);
        Optional<Duration> wait = throttle.waitFor(user, address);
        if (wait.isPresent()) {
            throttled.increment();
            LOG.warn("Sign-in refused unchecked for user '{}' from {}: must wait {} ms", printable(user), address,
                    wait.get().toMillis());
            throw new SignInThrottledException(wait.get());
        }
        Optional<Authentication> remembered = verified.verified(user, password);
        if (remembered.isPresent()) {
            return copy(remembered.get(), attempt);
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(user);
            verified.remember(user, password, copy(result, null));
            return copy(result, attempt);
        } catch (BadCredentialsException e) {
            wrong.increment();
            Duration imposed = throttle.failed(user, address);
            LOG.warn("Sign-in failed for user '{}' from {}: wrong user name or password{}", printable(user), address,
                    imposed.isZero() ? "" : "; must now wait " + imposed.toMillis() + " ms");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A signed-in token of its own for each request, without the password. */
    private static Authentication copy(Authentication verified, Authentication attempt) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                verified.getPrincipal(), null, verified.getAuthorities());
        token.setDetails(attempt == null ? null : attempt.getDetails());
        return token;
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** A user name as typed may hold anything; the log gets it without line breaks or control characters. */
    private static String printable(String user) {
        String name = user == null ? "" : user;
        if (name.length() > 64) {
            name = name.substring(0, 64) + "…";
        }
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
