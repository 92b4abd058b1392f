package org.rapporteur.query;

import org.rapporteur.eventstore.EventStoreConfiguration;
import org.rapporteur.security.SecurityConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({EventStoreConfiguration.class, SecurityConfiguration.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
