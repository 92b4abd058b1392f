package org.rapporteur.standalone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    private final InputStream in = System.in;
    private final PrintStream out = System.out;

    @AfterEach
    void restore() {
        System.setIn(in);
        System.setOut(out);
    }

    @Test
    void hashPasswordPrintsABcryptHashOfThePasswordOnStandardInput() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream("a long enough secret\n".getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(Rapporteur.run(new String[]{"hash-password"})).isZero();

        String hash = printed.toString(StandardCharsets.UTF_8).trim();
        assertThat(hash).startsWith("$2a$");
        assertThat(new BCryptPasswordEncoder().matches("a long enough secret", hash)).isTrue();
    }

    @Test
    void aShortPasswordIsRefused() {
        System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(PasswordHashing.run(List.of())).isEqualTo(2);
    }
}
