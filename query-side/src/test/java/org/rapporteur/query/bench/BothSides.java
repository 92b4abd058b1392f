package org.rapporteur.query.bench;

import org.rapporteur.eventstore.EventStoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** The command side and the query side in one process on one store, as the standalone application runs them. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.rapporteur.command", "org.rapporteur.query"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Test.*")})
@Import(EventStoreConfiguration.class)
class BothSides {
}
