package org.rapporteur.command.meeting;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who logged an action and under which command id travel from the command to its events' metadata. */
@Configuration(proxyBeanMethods = false)
public class LoggingMetadata {

    public static final String LOGGED_BY = "loggedBy";
    public static final String COMMAND_ID = "commandId";

    @Bean
    public CorrelationDataProvider loggingCorrelation() {
        return new SimpleCorrelationDataProvider(LOGGED_BY, COMMAND_ID);
    }
}
