package org.rapporteur.eventstore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.rapporteur.eventstore.embedded.GroupCommit;
import org.rapporteur.eventstore.embedded.IndexedH2Backend;
import org.rapporteur.eventstore.embedded.ScramCredentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A MongoDB wire-protocol server inside this JVM, persisting to one H2 file in a data directory.
 * <p>
 * What it acknowledges with a journaled write concern is on the disk ({@link GroupCommit}); it listens on a loopback
 * port, but only for the process that opened it: the one user's password is made up at opening and kept in memory
 * ({@link #connectionString()}); the directory and the file are the owner's alone (0700 and 0600).
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    public static final String FILE_NAME = "rapporteur.mv.db";
    /** How long a write that did not ask for the journal may wait to be committed. */
    private static final long COMMIT_INTERVAL_MILLIS = 1000;
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final MongoServer server;
    private final InetSocketAddress address;
    private final GroupCommit commits;
    private final ScramCredentials credentials;

    private EmbeddedMongoStore(MongoServer server, InetSocketAddress address, GroupCommit commits, ScramCredentials credentials) {
        this.server = server;
        this.address = address;
        this.commits = commits;
        this.credentials = credentials;
    }

    /**
     * Opens the store in {@code dataDirectory} (made, or narrowed, to the owner's alone); fails with
     * {@link DataDirectoryInUseException} when another process holds it. The one way the store is opened, by the
     * web application and the command line alike.
     */
    public static EmbeddedMongoStore open(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
        ownerOnly(dataDirectory, file);
        // first, so that its keys are derived while the file opens
        ScramCredentials credentials = ScramCredentials.generate();
        MVStore mvStore = openFile(dataDirectory, file, false);
        GroupCommit commits = new GroupCommit(mvStore, COMMIT_INTERVAL_MILLIS);
        H2Backend backend = new IndexedH2Backend(mvStore, commits, credentials);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongoStore(server, server.getLocalAddress(), commits, credentials);
    }

    /**
     * The store's file, to write (the one writer; no background writer either: {@link GroupCommit} is the only
     * committer, so a commit it begins covers what came before) or to read (beside other readers).
     */
    static MVStore openFile(Path dataDirectory, Path file, boolean readOnly) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes());
        try {
            return (readOnly ? builder.readOnly() : builder.autoCommitDisabled()).open();
        } catch (RuntimeException e) {
            // H2 2.x says so with an MVStoreException ("The file is locked"), not an IllegalStateException
            if (String.valueOf(e.getMessage()).contains("locked")) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            throw e;
        }
    }

    /** Creates the directory and the file for the owner alone, and narrows them if they were made earlier with more. */
    static void ownerOnly(Path directory, Path file) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (!posix) {
                return;
            }
            Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
            } else {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + directory, e);
        }
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

    /** The address with this process's credentials; nothing else can use the store. */
    public String connectionString() {
        return "mongodb://" + URLEncoder.encode(credentials.user(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(credentials.password(), StandardCharsets.UTF_8) + "@"
                + address.getHostString() + ":" + address.getPort()
                + "/?authSource=admin&authMechanism=" + ScramCredentials.MECHANISM;
    }

    /** The address without credentials (what another local user could find). */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * Whether journaled writes wait until they are on the disk (they do); turned off only by the command benchmark,
     * to measure in one run what acknowledging before the commit saved.
     */
    public void syncWrites(boolean sync) {
        commits.syncWrites(sync);
    }

    @Override
    public void close() {
        commits.close();
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
