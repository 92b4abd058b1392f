package org.rapporteur.bench;

import org.rapporteur.eventstore.EventStoreConfiguration;
import org.rapporteur.security.SecurityConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** The command side and the query side in one process on one store (outside org.rapporteur.query, so no query-side test context scans it). */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.rapporteur.command", "org.rapporteur.query"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Test.*")})
@Import({EventStoreConfiguration.class, SecurityConfiguration.class})
public class BothSides {
}
