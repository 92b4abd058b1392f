package org.rapporteur.standalone;

import org.springframework.boot.builder.SpringApplicationBuilder;
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
        new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("logging.level.org.springframework.boot.SpringApplication=OFF")
                .run(SpringArguments.of(store, properties));
        return Rapporteur.SERVING;
    }
}
