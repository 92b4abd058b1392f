package org.rapporteur.standalone;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Convening through the real web layer and the real embedded store. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConveningOverHttpTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void conveningStoresOneJacksonEventAndADuplicateIsRejected() {
        String url = "http://localhost:" + port + "/api/meetings";
        String meeting = Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-9msp");

        assertThat(Http.post(url, meeting).statusCode()).isEqualTo(201);
        var duplicate = Http.post(url, meeting);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        var events = database.getCollection("domainevents").find(new Document("aggregateIdentifier", "ccm-9msp")).into(new java.util.ArrayList<>());
        assertThat(events).hasSize(1);
        String payload = String.valueOf(events.get(0).get("serializedPayload"));
        assertThat(payload).startsWith("{").contains("\"symbolPrefix\":\"CCM/MSP/2024\"").doesNotContain("<");
    }

    @Test
    void incompleteOrMalformedRequestsAreRejectedNamingTheFieldAndStoreNothing() {
        String url = "http://localhost:" + port + "/api/meetings";
        long before = database.getCollection("domainevents").countDocuments();

        var incomplete = Http.post(url, Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-8msp").replace("\"symbolPrefix\": \"CCM/MSP/2024\"", "\"symbolPrefix\": \"\""));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(Http.json(incomplete).path("errors").get(0).path("field").asText()).isEqualTo("symbolPrefix");

        var wrongType = Http.post(url, Http.TWELFTH_MEETING.replace("ccm-12msp", "ccm-7msp").replace("\"ordinal\": 12", "\"ordinal\": \"twelve\""));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongType).path("errors").get(0).path("field").asText()).isEqualTo("ordinal");

        var noId = Http.post(url, Http.TWELFTH_MEETING.replace("\"id\": \"ccm-12msp\",", ""));
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(Http.json(noId).path("errors").get(0).path("field").asText()).isEqualTo("id");

        var notJson = Http.post(url, "{\"id\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);

        assertThat(database.getCollection("domainevents").countDocuments()).isEqualTo(before);
    }
}
