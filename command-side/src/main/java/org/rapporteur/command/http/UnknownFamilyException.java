package org.rapporteur.command.http;

/** No family of actions is recorded under this path. */
public class UnknownFamilyException extends RuntimeException {

    public UnknownFamilyException(String family, Iterable<String> families) {
        super("there is no family of actions called " + family + "; the families are " + String.join(", ", families));
    }
}
