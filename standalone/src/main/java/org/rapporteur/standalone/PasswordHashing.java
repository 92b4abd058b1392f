package org.rapporteur.standalone;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code hash-password}: asks for a password (twice, unechoed, on a terminal; one line on standard input otherwise)
 * and prints its BCrypt hash, for {@code rapporteur.security.users[n].password-hash}.
 */
final class PasswordHashing {

    static final int MINIMUM_LENGTH = 12;

    private PasswordHashing() {
    }

    static int run(List<String> arguments) {
        if (!arguments.isEmpty()) {
            System.err.println("rapporteur: hash-password takes no arguments; it asks for the password");
            return 2;
        }
        char[] password;
        Console console = System.console();
        if (console != null) {
            password = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (password == null || again == null || !Arrays.equals(password, again)) {
                System.err.println("rapporteur: the two passwords differ");
                return 2;
            }
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                System.err.println("rapporteur: cannot read the password: " + e.getMessage());
                return 2;
            }
        }
        if (password.length < MINIMUM_LENGTH) {
            System.err.println("rapporteur: use at least " + MINIMUM_LENGTH + " characters");
            return 2;
        }
        System.out.println(new BCryptPasswordEncoder().encode(new String(password)));
        Arrays.fill(password, ' ');
        return 0;
    }
}
