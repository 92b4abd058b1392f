package org.rapporteur.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body profiles a deployment knows: those shipped on the classpath ({@code profiles/<id>.yaml}, listed in
 * {@code profiles/shipped.txt}) and those in a directory ({@code rapporteur.profiles.dir}, {@code --profiles DIR}),
 * which add bodies or replace shipped ones. The directory is read again when its files change, so a profile dropped
 * there is used without a rebuild or a restart.
 */
public final class BodyProfiles {

    public static final String DIRECTORY_PROPERTY = "rapporteur.profiles.dir";
    /** The profile of meetings convened before meetings named theirs. */
    public static final String DEFAULT_PROFILE = "ccm";
    private static final String SHIPPED_INDEX = "profiles/shipped.txt";

    private final Map<String, BodyProfile> shipped;
    private final Path directory;
    private volatile Snapshot snapshot;

    private BodyProfiles(Map<String, BodyProfile> shipped, Path directory) {
        this.shipped = Map.copyOf(shipped);
        this.directory = directory;
        if (directory != null) {
            Snapshot first = Snapshot.read(directory);
            first.problems.values().stream().findFirst().ifPresent(p -> {
                throw p;
            });
            this.snapshot = first;
        }
    }

    /** The shipped profiles and those in {@code directory}; any profile that does not load throws. */
    public static BodyProfiles load(Optional<Path> directory) {
        directory.ifPresent(d -> {
            if (!Files.isDirectory(d)) {
                throw new ProfileException(d.toString(), 0, "no such directory of profiles");
            }
        });
        return new BodyProfiles(readShipped(), directory.orElse(null));
    }

    /** The shipped profiles, with the directory of the system property {@value #DIRECTORY_PROPERTY} if it is set. */
    public static BodyProfiles fromSystemProperties() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return load(dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir)));
    }

    /**
     * The profile {@code id}; empty when there is none; throws {@link ProfileException} when its file in the
     * directory is there but does not load.
     */
    public Optional<BodyProfile> byId(String id) {
        if (directory != null) {
            Snapshot current = refreshed();
            ProfileException problem = current.problems.get(id);
            if (problem != null) {
                throw problem;
            }
            BodyProfile own = current.profiles.get(id);
            if (own != null) {
                return Optional.of(own);
            }
        }
        return Optional.ofNullable(shipped.get(id));
    }

    /** The profile {@code id}, or a {@link ProfileException} saying there is none. */
    public BodyProfile require(String id) {
        return byId(id).orElseThrow(() -> new ProfileException(id, 0,
                "no body profile '" + id + "' (known: " + String.join(", ", ids()) + ")"));
    }

    public Set<String> ids() {
        Set<String> ids = new TreeSet<>(shipped.keySet());
        if (directory != null) {
            Snapshot current = refreshed();
            ids.addAll(current.profiles.keySet());
            ids.addAll(current.problems.keySet());
        }
        return ids;
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    private Snapshot refreshed() {
        Snapshot current = snapshot;
        Map<String, Long> stamps = Snapshot.stamps(directory);
        if (!stamps.equals(current.stamps)) {
            synchronized (this) {
                if (!stamps.equals(snapshot.stamps)) {
                    snapshot = Snapshot.read(directory);
                }
                current = snapshot;
            }
        }
        return current;
    }

    private static Map<String, BodyProfile> readShipped() {
        Map<String, BodyProfile> profiles = new LinkedHashMap<>();
        for (String id : resource(SHIPPED_INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String path = "profiles/" + id + ".yaml";
            profiles.put(id, BodyProfileReader.read(resource(path).getBytes(StandardCharsets.UTF_8), path, id));
        }
        return profiles;
    }

    private static String resource(String path) {
        try (InputStream in = BodyProfiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ProfileException(path, 0, "not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory's profiles as read at one time, with the modification stamps of its files then. */
    private record Snapshot(Map<String, Long> stamps, Map<String, BodyProfile> profiles,
                            Map<String, ProfileException> problems) {

        static Snapshot read(Path directory) {
            Map<String, Long> stamps = stamps(directory);
            Map<String, BodyProfile> profiles = new LinkedHashMap<>();
            Map<String, ProfileException> problems = new LinkedHashMap<>();
            Map<String, String> tables = new LinkedHashMap<>();
            for (String name : stamps.keySet()) {
                if (name.endsWith(".tsv")) {
                    try {
                        tables.put(name, Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new ProfileException(directory.resolve(name).toString(), 0, "unreadable: " + e.getMessage());
                    }
                }
            }
            for (String name : stamps.keySet()) {
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".yaml".length());
                Path file = directory.resolve(name);
                try {
                    profiles.put(id, BodyProfileReader.read(Files.readAllBytes(file), file.toString(), id, tables));
                } catch (ProfileException e) {
                    problems.put(id, e);
                } catch (IOException e) {
                    problems.put(id, new ProfileException(file.toString(), 0, "unreadable: " + e.getMessage()));
                }
            }
            return new Snapshot(stamps, profiles, problems);
        }

        static Map<String, Long> stamps(Path directory) {
            Map<String, Long> stamps = new java.util.TreeMap<>();
            // the profiles, and the wording tables they share (states.<lang>.tsv, names.<lang>.tsv)
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "{*.yaml,states.*.tsv,names.*.tsv}")) {
                for (Path file : files) {
                    stamps.put(file.getFileName().toString(),
                            Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file));
                }
            } catch (IOException e) {
                throw new ProfileException(directory.toString(), 0, "unreadable directory of profiles: " + e.getMessage());
            }
            return stamps;
        }
    }
}
