package org.rapporteur.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With public reading configured, anyone reads; recording still needs the secretariat. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.public-read=true")
class PublicReadTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void anyoneReadsOnlyTheSecretariatRecords() {
        String url = "http://localhost:" + port + "/api/meetings";
        assertThat(Http.getAs(null, null, url).statusCode()).isEqualTo(200);
        assertThat(Http.postAs(null, null, url, Http.TWELFTH_MEETING).statusCode()).isEqualTo(401);
        assertThat(Http.postAs(TestUsers.READER, TestUsers.READER_PASSWORD, url, Http.TWELFTH_MEETING).statusCode()).isEqualTo(403);
        assertThat(Http.post(url, Http.TWELFTH_MEETING).statusCode()).isEqualTo(201);
    }
}
