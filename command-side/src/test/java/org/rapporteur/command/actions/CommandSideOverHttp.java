package org.rapporteur.command.actions;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.rapporteur.command.CommandSideApplication;
import org.rapporteur.command.meeting.MeetingConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The command side over real HTTP into the embedded store. Every test class built on it shares one application and
 * one store (under target/, kept for as long as the run), each test on a meeting of its own.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rapporteur.snapshot-every=5", "rapporteur.security.enabled=false"})
abstract class CommandSideOverHttp {

    private static final Path DATA = Path.of("target", "over-http-store", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    EventStore eventStore;

    /** The meetings this process holds in memory. */
    @Autowired
    @Qualifier(MeetingConfiguration.CACHE)
    Cache meetingCache;

    TestHttp http;

    /** The meeting under test. */
    String meeting;

    @BeforeEach
    void connect() {
        http = new TestHttp(port);
    }

    HttpResponse<String> post(String path, String body) {
        return http.post(path, body, Map.of());
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        return http.post(path, body, headers);
    }

    /** Where the meeting under test records actions of this family. */
    String actions(String family) {
        return "/api/meetings/" + meeting + "/" + family;
    }

    /** The events stored for the meeting under test. */
    long storedEvents() {
        return database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", meeting));
    }
}
