package org.rapporteur.standalone;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Which store a command works on: the embedded one in a directory, or a MongoDB server. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:RAPPORTEUR_DATA:-data}",
            description = "directory of the embedded store (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--mongo-uri", paramLabel = "URI", defaultValue = "${env:RAPPORTEUR_MONGO_URI:-}",
            description = "a MongoDB connection string; when given, nothing embedded is opened")
    String mongoUri;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:RAPPORTEUR_MONGO_DATABASE:-rapporteur}",
            description = "the database holding the events (default: ${DEFAULT-VALUE})")
    String database;

    boolean embedded() {
        return mongoUri == null || mongoUri.isBlank();
    }

    /** The same choice as Spring properties, for the commands that start the application. */
    String[] springArguments() {
        return embedded()
                ? new String[]{"--rapporteur.mongo.data=" + data, "--rapporteur.mongo.database=" + database}
                : new String[]{"--rapporteur.mongo.uri=" + mongoUri, "--rapporteur.mongo.database=" + database};
    }
}
