package org.rapporteur.standalone;

import org.rapporteur.eventstore.EventStoreConfiguration;
import org.rapporteur.security.SecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** The command side and the query side in one process, sharing one store. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.rapporteur.command", "org.rapporteur.query", "org.rapporteur.standalone"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class))
@Import({EventStoreConfiguration.class, SecurityConfiguration.class})
public class StandaloneApplication {

    /** The controllers are made by their first request (FirstRequestBeans). */
    @Bean
    static FirstRequestBeans firstRequestBeans() {
        return new FirstRequestBeans();
    }

    /** What Spring AOT runs at build time ({@code -Pcli}) to prepare the application's bean definitions. */
    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
