package org.rapporteur.standalone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.command.CommandSideApplication;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The command side and the query side run as two separate applications whose only link is the event store. */
class TwoSidesShareOnlyTheStoreTest {

    private EmbeddedMongoStore store;
    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;

    @AfterEach
    void stop() {
        if (querySide != null) querySide.close();
        if (commandSide != null) commandSide.close();
        if (store != null) store.close();
    }

    @Test
    void aMeetingConvenedOnTheCommandSideBecomesReadableOnTheQuerySide(@TempDir Path data) {
        store = EmbeddedMongoStore.open(data);
        commandSide = start(CommandSideApplication.class);
        querySide = start(QuerySideApplication.class);

        assertThat(Http.postAs(null, null, url(commandSide, "/api/meetings"), Http.TWELFTH_MEETING).statusCode())
                .as("each side enforces the same roles").isEqualTo(401);
        assertThat(Http.getAs(null, null, url(querySide, "/api/meetings")).statusCode()).isEqualTo(401);
        var created = Http.post(url(commandSide, "/api/meetings"), Http.TWELFTH_MEETING);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/meetings/ccm-12msp"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var read = Http.get(url(querySide, "/api/meetings/ccm-12msp"));
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(Http.json(read).path("title").asText()).isEqualTo("Twelfth Meeting of States Parties");
        });
        assertThat(Http.get(url(commandSide, "/api/meetings/ccm-12msp")).statusCode())
                .as("the command side serves no read model").isIn(404, 405);
    }

    private ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application).run(
                "--server.port=0",
                "--rapporteur.mongo.uri=" + store.connectionString(),
                "--rapporteur.mongo.database=rapporteur");
    }

    private static String url(ConfigurableApplicationContext context, String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port + path;
    }
}
