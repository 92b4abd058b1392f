package org.rapporteur.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rapporteur.security.enabled=false lets tests of other concerns run without signing in. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.enabled=false")
class SecurityOffTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void anyoneMayReadAndRecord() {
        String url = "http://localhost:" + port + "/api/meetings";
        assertThat(Http.postAs(null, null, url, Http.TWELFTH_MEETING).statusCode()).isEqualTo(201);
        assertThat(Http.getAs(null, null, url).statusCode()).isEqualTo(200);
    }
}
