package org.rapporteur.standalone;

import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Asks for a password (twice, unechoed, on a terminal; one line on standard input otherwise) and "
                + "prints its BCrypt hash, for rapporteur.security.users[n].password-hash."})
final class HashPasswordCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return PasswordHashing.run(List.of());
    }
}
