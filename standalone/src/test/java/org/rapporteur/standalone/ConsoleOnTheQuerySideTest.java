package org.rapporteur.standalone;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.command.CommandSideApplication;
import org.rapporteur.command.actions.ActionFamilies;
import org.rapporteur.command.actions.ActionFamily;
import org.rapporteur.query.console.HttpConsoleCommands;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** As in compose: the console on the query side records through the command side's REST API, as the signed-in user. */
class ConsoleOnTheQuerySideTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

    private EmbeddedMongoStore store;
    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @AfterEach
    void stop() {
        if (querySide != null) querySide.close();
        if (commandSide != null) commandSide.close();
        if (store != null) store.close();
    }

    @Test
    void aMeetingConvenedInTheQuerySidesConsoleIsRecordedByTheCommandSideAsTheSignedInUser(@TempDir Path data) throws Exception {
        store = EmbeddedMongoStore.open(data);
        commandSide = start(CommandSideApplication.class);
        querySide = start(QuerySideApplication.class, "--rapporteur.console.command-side-url=" + url(commandSide, ""));

        String signIn = send(get(url(querySide, "/login"))).body();
        var signedIn = send(form(url(querySide, "/login"), Map.of("username", TestUsers.SECRETARY,
                "password", TestUsers.SECRETARY_PASSWORD, "_csrf", csrf(signIn))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        String console = send(get(url(querySide, "/console"))).body();
        Map<String, String> convening = new LinkedHashMap<>();
        convening.put("_csrf", csrf(console));
        convening.put("commandId", "from-the-query-side");
        convening.put("id", "ccm-3msp");
        convening.put("moment.date", "2023-09-14");
        convening.put("convention.name", "Convention on Cluster Munitions");
        convening.put("profile", "ccm");
        convening.put("ordinal", "3");
        convening.put("meetingKind", "Meeting of States Parties");
        convening.put("venue.city", "Oslo");
        convening.put("startsOn", "2012-09-11");
        convening.put("endsOn", "2012-09-14");
        convening.put("symbolPrefix", "CCM/MSP/2012");
        var convened = send(form(url(querySide, "/console/meetings"), convening));
        assertThat(convened.statusCode()).isEqualTo(200);
        assertThat(convened.headers().firstValue("HX-Redirect")).hasValue("/console/meetings/ccm-3msp");

        String meetingPage = send(get(url(querySide, "/console/meetings/ccm-3msp"))).body();
        var opened = send(form(url(querySide, "/console/meetings/ccm-3msp/actions"), Map.of("_csrf", csrf(meetingPage),
                "_kind", "plenary-session-opened", "commandId", "open-1", "number", "1",
                "moment.plenarySession", "1", "moment.date", "2012-09-11")));
        assertThat(opened.body()).contains("Recorded: First plenary session opened");

        try (var client = MongoClients.create(store.connectionString())) {
            var events = client.getDatabase("rapporteur").getCollection("domainevents");
            Document convenedEvent = events.find(new Document("aggregateIdentifier", "ccm-3msp")).first();
            assertThat(String.valueOf(convenedEvent.get("serializedMetaData"))).contains("\"loggedBy\":\"secretary\"");
            var submitted = send(form(url(querySide, "/console/meetings/ccm-3msp/actions"), Map.of("_csrf", csrf(meetingPage),
                    "_kind", "document-submitted", "commandId", "document-1", "moment.date", "2012-09-11",
                    "symbol", "CCM/MSP/2012/WP.1", "title", "Working paper", "kind", "WORKING_PAPER")));
            assertThat(submitted.body()).contains("Recorded: Document CCM/MSP/2012/WP.1 submitted");
            String documentId = events.find(new Document("aggregateIdentifier", "ccm-3msp").append("sequenceNumber", 2L))
                    .first().getString("eventIdentifier");

            var corrected = send(form(url(querySide, "/console/meetings/ccm-3msp/correct/" + documentId), Map.of(
                    "_csrf", csrf(meetingPage), "commandId", "correct-1", "moment.date", "2012-09-11",
                    "symbol", "CCM/MSP/2012/WP.1", "title", "Working paper on clearance", "kind", "WORKING_PAPER",
                    "reason", "the title was cut short")));
            assertThat(corrected.body()).contains("Corrected #2");
            assertThat(events.countDocuments(new Document("aggregateIdentifier", "ccm-3msp"))).isEqualTo(4);
        }
    }

    @Test
    void theConsoleRecordsEachKindOfActionWhereTheCommandSideTakesIt() {
        for (ActionFamily family : ActionFamilies.all()) {
            for (var kind : family.kinds()) {
                assertThat(HttpConsoleCommands.family(kind)).as(kind.getSimpleName()).isEqualTo(family.path());
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpRequest form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private ConfigurableApplicationContext start(Class<?> application, String... more) {
        String[] arguments = {"--server.port=0", "--rapporteur.mongo.uri=" + store.connectionString(),
                "--rapporteur.mongo.database=rapporteur"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application).run(all);
    }

    private static String url(ConfigurableApplicationContext context, String path) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }
}
