package org.rapporteur.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;

/** A fresh directory for an embedded store, made when a test context asks for {@code rapporteur.mongo.data}. */
public final class TemporaryStores {

    private TemporaryStores() {
    }

    public static Supplier<Object> directory(String prefix) {
        return () -> {
            try {
                return Files.createTempDirectory(prefix).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
