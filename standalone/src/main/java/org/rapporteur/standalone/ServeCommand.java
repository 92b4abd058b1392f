package org.rapporteur.standalone;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the web application: the secretariat console, the REST API and the projections, on one "
                + "port (8080 unless --server.port=N) over the embedded store or --mongo-uri.",
                "Any Spring property can be passed as --name=value."},
        footer = {"", "Example:", "  rapporteur serve --data /srv/rapporteur --server.port=9000"})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Unmatched
    List<String> properties;

    @Override
    public Integer call() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("logging.level.org.springframework.boot.SpringApplication=OFF");
        BufferingApplicationStartup startup = Phases.shown() ? new BufferingApplicationStartup(20_000) : null;
        if (startup != null) {
            application.applicationStartup(startup);
        }
        application.run(SpringArguments.of(store, properties));
        if (startup != null) {
            Phases.mark(System.err, "application started");
            Phases.startup(System.err, startup.getBufferedTimeline(), 25);
        }
        return Rapporteur.SERVING;
    }
}
