package org.rapporteur.standalone;

import org.rapporteur.profiles.BodyProfiles;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the web application: the secretariat console, the REST API and the projections, on one "
                + "port (8080 unless --server.port=N) over the embedded store or --mongo-uri.",
                "Any Spring property can be passed as --name=value."},
        footer = {"", "Example:", "  rapporteur serve --data /srv/rapporteur --server.port=9000"})
final class ServeCommand implements Callable<Integer> {

    /**
     * With {@code -Drapporteur.serve.check=true}, serve answers its own health and sign-in page once and stops: the
     * build's training run of the quick command line ({@code -Pcli}), which fails unless health is UP.
     */
    private static final boolean CHECK = Boolean.getBoolean("rapporteur.serve.check");

    @Mixin
    StoreOptions store;

    @Mixin
    ProfilesOption profiles;

    @Unmatched
    List<String> properties;

    @Override
    public Integer call() throws IOException {
        Phases.mark(System.err, "command line parsed");
        profiles.apply();
        // main names the class whose ahead-of-time initializer the -Pcli build made (StandaloneApplication__...)
        SpringApplicationBuilder application = new SpringApplicationBuilder(StandaloneApplication.class)
                .main(StandaloneApplication.class)
                .properties("logging.level.org.springframework.boot.SpringApplication=OFF");
        BufferingApplicationStartup startup = Phases.shown() ? new BufferingApplicationStartup(20_000) : null;
        if (startup != null) {
            application.applicationStartup(startup);
            application.listeners(event -> {
                if (event instanceof ApplicationEnvironmentPreparedEvent) {
                    Phases.mark(System.err, "environment prepared");
                } else if (event instanceof ContextRefreshedEvent) {
                    Phases.mark(System.err, "context refreshed");
                }
            });
        }
        sharedProfiles(application);
        ConfigurableApplicationContext context = application.run(SpringArguments.of(store, properties));
        if (startup != null) {
            Phases.mark(System.err, "application started");
            Phases.startup(System.err, startup.getBufferedTimeline(), 40);
            Phases.roots(System.err, startup.getBufferedTimeline());
        }
        if (CHECK) {
            return check(context);
        }
        return Rapporteur.SERVING;
    }

    /**
     * The body profiles, loaded on a thread of their own while Spring starts, and once: the command side's rules take
     * the query side's (ReportGenerator's), unless {@code rapporteur.profiles.dir} is given to Spring alone.
     */
    private static void sharedProfiles(SpringApplicationBuilder application) {
        Meanwhile.start("body-profiles", ReportGenerator::defaultProfiles);
        application.initializers(context -> {
            String directory = BodyProfiles.DIRECTORY_PROPERTY;
            if (context.getEnvironment().getProperty(directory, "").equals(System.getProperty(directory, ""))) {
                ((GenericApplicationContext) context).registerBean("bodyProfiles", BodyProfiles.class,
                        ReportGenerator::defaultProfiles);
            }
        });
    }

    private static int check(ConfigurableApplicationContext context) throws IOException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try {
            String health = get(port, "/actuator/health");
            get(port, "/login");
            if (!health.contains("\"UP\"")) {
                System.err.println("rapporteur serve: health is not UP: " + health);
                return Rapporteur.FAILED;
            }
            return Rapporteur.OK;
        } finally {
            SpringApplication.exit(context);
        }
    }

    private static String get(int port, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return path + " " + connection.getResponseCode() + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }
}
