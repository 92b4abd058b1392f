package org.rapporteur.security;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottledSignInTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final ThrottledSignIn signIn = new ThrottledSignIn(passwords(), new SignInThrottle(SignInProperties.defaults(), clock),
            new VerifiedCredentials(Duration.ofSeconds(60)), metrics);

    @Test
    void verifiedCredentialsAreCheckedAgainstTheHashOnceThenRemembered() {
        for (int i = 0; i < 50; i++) {
            Authentication signedIn = signIn.authenticate(attempt("secretary", "right"));
            assertThat(signedIn.isAuthenticated()).isTrue();
            assertThat(signedIn.getCredentials()).isNull();
            assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_SECRETARIAT");
        }
        assertThat(hashChecks).hasValue(1);
        assertThatThrownBy(() -> signIn.authenticate(attempt("secretary", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("secretary", "wrong")))
                .as("a wrong password is never remembered").isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).hasValue(3);
        assertThat(metrics.counter(ThrottledSignIn.FAILURES, "reason", "wrong-credentials").count()).isEqualTo(2);
    }

    @Test
    void whileThrottledEvenTheRightPasswordIsRefusedUncheckedUntilTheBackOffLifts() {
        signIn.authenticate(attempt("secretary", "right"));
        for (int i = 0; i < 200; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("secretary", "wrong-" + i()))).isNotNull();
        }
        int checks = hashChecks.get();
        assertThatThrownBy(() -> signIn.authenticate(attempt("secretary", "right")))
                .as("remembered credentials do not bypass the throttle").isInstanceOf(SignInThrottledException.class);
        assertThat(hashChecks).as("refused unchecked").hasValue(checks);
        assertThat(checks).as("only the free failures and the first past them were checked").isEqualTo(1 + 6);
        assertThat(metrics.counter(ThrottledSignIn.FAILURES, "reason", "throttled").count()).isEqualTo(195);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn.authenticate(attempt("secretary", "right")).isAuthenticated()).isTrue();
    }

    private int counter;

    private int i() {
        return counter++;
    }

    private static UsernamePasswordAuthenticationToken attempt(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    private AuthenticationProvider passwords() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("secretary")
                .password(encoder.encode("right")).roles("SECRETARIAT").build());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                hashChecks.incrementAndGet();
                return dao.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return dao.supports(authentication);
            }
        };
    }
}
