package org.rapporteur.eventstore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.rapporteur.eventstore.embedded.IndexedH2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MongoDB wire-protocol server inside this JVM, persisting to one H2 file in a data directory. */
public final class EmbeddedMongoStore implements AutoCloseable {

    public static final String FILE_NAME = "rapporteur.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoStore(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Opens the store in {@code dataDirectory}; fails with {@link DataDirectoryInUseException} when another process holds it. */
    public static EmbeddedMongoStore open(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDirectory, e);
        }
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
        H2Backend backend;
        try {
            backend = new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes()).open());
        } catch (RuntimeException e) {
            // H2 2.x says so with an MVStoreException ("The file is locked"), not an IllegalStateException
            if (String.valueOf(e.getMessage()).contains("locked")) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            throw e;
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongoStore(server, server.getLocalAddress());
    }

    /**
     * H2 keeps 16 MB of pages by default; every page read beyond it is deserialized again, which made reading a
     * meeting's events (spread over many pages) many times slower than a sequential scan. A quarter of the heap, up
     * to 256 MB, holds the pages of a few hundred thousand events.
     */
    private static int cacheMegabytes() {
        long quarterOfHeap = Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024);
        return (int) Math.max(16, Math.min(256, quarterOfHeap));
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    /** The data directory is held by another running Rapporteur. */
    public static final class DataDirectoryInUseException extends IllegalStateException {
        public DataDirectoryInUseException(Path dataDirectory) {
            super("the data directory " + dataDirectory.toAbsolutePath()
                    + " is in use by a running Rapporteur server; stop it first or use --data with another directory");
        }
    }
}
