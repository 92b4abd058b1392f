package org.rapporteur.query;

import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** Starts query-side applications against one store, as separate instances would run. */
public final class QuerySides {

    private QuerySides() {
    }

    public static ConfigurableApplicationContext start(EmbeddedMongoStore store, String instance, Class<?>... extraSources) {
        List<Class<?>> sources = new ArrayList<>(List.of(extraSources));
        sources.add(0, QuerySideApplication.class);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(
                "--server.port=0",
                "--spring.application.name=query-side-" + instance,
                "--rapporteur.mongo.uri=" + store.connectionString(),
                "--rapporteur.mongo.database=rapporteur");
    }
}
