package org.rapporteur.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInProperties(3, 10, Duration.ofSeconds(1),
            Duration.ofSeconds(8), Duration.ofMinutes(15), Duration.ofSeconds(60)), clock);

    @Test
    void theFreeFailuresCostNothingThenEachFurtherOneDoublesTheWaitUpToTheLongest() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed("secretary", "10.0.0.1")).isZero();
        }
        assertThat(throttle.waitFor("secretary", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed("secretary", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("secretary", "10.0.0.1")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("Secretary", "10.0.0.2")).as("names compare without case")
                .contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("reader", "10.0.0.2")).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("secretary", "10.0.0.1")).as("the back-off lifts").isEmpty();
        assertThat(throttle.failed("secretary", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.failed("secretary", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.failed("secretary", "10.0.0.1")).isEqualTo(Duration.ofSeconds(8));
        clock.advance(Duration.ofSeconds(8));
        assertThat(throttle.failed("secretary", "10.0.0.1")).as("never longer than the longest")
                .isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aSuccessClearsTheUserButNotTheAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user-" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("reader", "10.0.0.9")).as("one address trying many names").isEmpty();
        assertThat(throttle.failed("user-10", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("reader", "10.0.0.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("reader", "10.0.0.8")).isEmpty();

        throttle.failed("secretary", null);
        throttle.failed("secretary", null);
        throttle.succeeded("secretary");
        throttle.failed("secretary", null);
        throttle.failed("secretary", null);
        assertThat(throttle.failed("secretary", null)).as("counted afresh after the success").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.failed("user-11", "10.0.0.9")).as("the address still counts").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void failuresAreForgottenAQuarterOfAnHourAfterTheLast() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("secretary", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("secretary", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed("secretary", "10.0.0.1")).as("the first failure of a new count").isZero();
    }
}
