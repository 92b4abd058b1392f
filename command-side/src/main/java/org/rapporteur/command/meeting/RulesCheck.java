package org.rapporteur.command.meeting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

import org.rapporteur.profiles.BodyProfiles;

import java.util.List;

/**
 * The meeting aggregate and its rules in a throw-away in-memory Axon configuration: commands sent here are judged
 * exactly as in the application, and nothing reaches the real store. Used to check a whole scenario before recording it.
 */
public final class RulesCheck implements AutoCloseable {

    private final Configuration configuration;

    public RulesCheck() {
        this(new ProfileBodies(BodyProfiles.fromSystemProperties()));
    }

    public RulesCheck(BodyDirectory bodies) {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(MeetingAggregate.class)
                        .configureCommandTargetResolver(c -> new MeetingCommandTargets()))
                .registerComponent(MeetingCalendar.class, c -> MeetingCalendar.system())
                .registerComponent(BodyDirectory.class, c -> bodies)
                .configureCorrelationDataProviders(c -> List.of(
                        new SimpleCorrelationDataProvider(LoggingMetadata.LOGGED_BY, LoggingMetadata.COMMAND_ID)))
                .buildConfiguration();
        configuration.start();
    }

    public CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    public EventStore eventStore() {
        return configuration.eventStore();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
