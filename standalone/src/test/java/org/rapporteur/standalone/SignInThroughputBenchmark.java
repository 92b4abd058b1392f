package org.rapporteur.standalone;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands per second over HTTP signed in by HTTP Basic (with and without remembered credentials) and by a session,
 * for a user whose hash has BCrypt's default cost (10), as configured users have. Not part of the test run:
 * {@code mvn -B -q -pl standalone -am test -Dtest=SignInThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SignInThroughputBenchmark {

    private static final String USER = "secretary";
    private static final String PASSWORD = "benchmark-password";
    private static final int CLIENTS = 2;
    private static final int COMMANDS = Integer.getInteger("bench.commands", 300);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger symbol = new AtomicInteger();

    @Test
    void basicAgainstSession() throws Exception {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        List<String> lines = new ArrayList<>();
        for (String remember : new String[]{"0s", "60s"}) {
            Path data = Files.createTempDirectory("sign-in-bench");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StandaloneApplication.class)
                    .run("--server.port=0", "--rapporteur.mongo.data=" + data,
                            "--rapporteur.security.users[0].name=" + USER,
                            "--rapporteur.security.users[0].password-hash=" + hash,
                            "--rapporteur.security.users[0].roles=SECRETARIAT",
                            "--rapporteur.security.sign-in.remember-credentials=" + remember,
                            "--logging.level.root=WARN")) {
                String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
                Mode basic = new Mode("Basic, remembered " + remember, base, "Authorization",
                        Http.basic(USER, PASSWORD), null);
                Mode session = session(base);
                send(basic, "/api/meetings", Http.TWELFTH_MEETING);
                rate(basic, COMMANDS / 3);
                rate(session, COMMANDS / 3);
                double basicTotal = 0;
                double sessionTotal = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    basicTotal += rate(basic, COMMANDS);
                    sessionTotal += rate(session, COMMANDS);
                }
                lines.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f |", basic.name,
                        basicTotal / ROUNDS, sessionTotal / ROUNDS, basicTotal / sessionTotal));
            }
        }
        System.out.println("| Basic credentials | Basic commands/s | Session commands/s | Ratio |");
        System.out.println("|---|---:|---:|---:|");
        lines.forEach(System.out::println);
    }

    private double rate(Mode mode, int commands) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int i = 0; i < commands / CLIENTS; i++) {
                    send(mode, "/api/meetings/ccm-12msp/documents", """
                            {"kind": "document-submitted", "symbol": "CCM/MSP/2024/WP.%d",
                             "title": "Working paper", "submittedBy": "Norway", "kind": "WORKING_PAPER"}
                            """.formatted(symbol.incrementAndGet()).replace("\"kind\": \"document-submitted\", ", "")
                            .replace("{", "{\"kind\": \"document-submitted\", \"facts\": {") + "}");
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        clients.shutdown();
        return (commands / CLIENTS * CLIENTS) / ((System.nanoTime() - start) / 1e9);
    }

    private void send(Mode mode, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mode.base + path))
                .header("Content-Type", "application/json").header(mode.header, mode.value)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (mode.csrf != null) {
            request.header("X-CSRF-TOKEN", mode.csrf);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError(mode.name + ": " + response.statusCode() + " " + response.body());
        }
    }

    private Mode session(String base) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String form = "username=" + USER + "&password=" + PASSWORD + "&_csrf=" + token(page);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(signedIn);
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        return new Mode("session", base, "Cookie", cookie, token(again));
    }

    private static String token(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        return token.group(1);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError(response.statusCode() + " " + response.headers() + " " + response.body()));
    }

    private record Mode(String name, String base, String header, String value, String csrf) {
    }
}
