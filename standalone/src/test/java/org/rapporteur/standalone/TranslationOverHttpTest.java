package org.rapporteur.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rendering recorded over HTTP ({@code texts-translated}) replaces the English text in the French report, and its
 * missing translation leaves the report's problems; the English report stays as it was. Refused as the rules say.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.enabled=false")
class TranslationOverHttpTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void aRecordedRenderingChangesTheFrenchReport() {
        String meetings = "http://localhost:" + port + "/api/meetings";
        String meeting = meetings + "/ccm-12msp";
        assertThat(Http.postAs(null, null, meetings, Http.TWELFTH_MEETING).statusCode()).isEqualTo(201);
        assertThat(Http.postAs(null, null, meeting + "/documents", """
                {"kind": "document-submitted",
                 "facts": {"symbol": "CCM/MSP/2024/INF.1", "title": "List of participants", "kind": "INFO"}}
                """).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(report(meeting, "fr")).contains("List of participants"));
        String english = report(meeting, "en");
        assertThat(problems(meeting, "fr")).contains("List of participants");

        assertThat(Http.postAs(null, null, meeting + "/languages", """
                {"kind": "texts-translated", "facts": {"language": "en",
                 "texts": [{"recorded": "List of participants", "translation": "List of participants"}]}}
                """).statusCode()).isEqualTo(409);
        assertThat(Http.postAs(null, null, meeting + "/languages", """
                {"kind": "texts-translated", "facts": {"language": "fr",
                 "texts": [{"recorded": "List of participants", "translation": "Liste des participants"}]}}
                """).statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(report(meeting, "fr")).contains("Liste des participants").doesNotContain("List of participants"));
        assertThat(problems(meeting, "fr")).doesNotContain("List of participants");
        assertThat(report(meeting, "en")).isEqualTo(english);
    }

    private static String report(String meeting, String language) {
        return Http.getAs(null, null, meeting + "/report?format=md&lang=" + language).body();
    }

    private static String problems(String meeting, String language) {
        return Http.json(Http.getAs(null, null, meeting + "/report?format=json&lang=" + language)).path("problems").toString();
    }
}
