package org.rapporteur.command.meeting;

import java.nio.file.Path;
import java.util.Optional;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.rapporteur.profiles.BodyProfiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The most recently used meetings stay in memory between commands, and every meeting is snapshotted as it grows
 * ({@link GrowingSnapshotInterval}), so no command replays a long stream: not even the first one after a restart.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

    public static final String CACHE = "meetingCache";
    public static final String SNAPSHOT_TRIGGER = "meetingSnapshotTrigger";
    public static final String COMMAND_TARGETS = "meetingCommandTargets";

    @Bean(CACHE)
    public Cache meetingCache(@Value("${rapporteur.meetings-in-memory:64}") int capacity) {
        return new RecentMeetingsCache(capacity);
    }

    /** Commands are sent once more when a meeting held in memory turned out stale ({@link StaleMeetingRetry}). */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, @Qualifier(CACHE) Cache meetingCache) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new StaleMeetingRetry(meetingCache)).build();
    }

    @Bean
    public ProcessedCommands processedCommands(MongoDatabase rapporteurDatabase, MongoTemplate axonMongoTemplate) {
        return new ProcessedCommands(rapporteurDatabase, axonMongoTemplate.eventCollection());
    }

    /** Repeated Idempotency-Keys are answered before the meeting is loaded ({@link RepeatedCommands}). */
    @Bean
    Registration repeatedCommands(CommandBus commandBus, ProcessedCommands processed) {
        return commandBus.registerHandlerInterceptor(new RepeatedCommands(processed));
    }

    @Bean(destroyMethod = "close")
    MeetingSnapshots meetingSnapshots(EventStore eventStore, ParameterResolverFactory parameterResolvers,
                                      HandlerDefinition handlers) {
        return new MeetingSnapshots(eventStore, parameterResolvers, handlers);
    }

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition meetingSnapshotTrigger(MeetingSnapshots snapshots,
                                                     @Value("${rapporteur.snapshot-every:500}") int threshold,
                                                     @Value("${rapporteur.snapshot-growing:true}") boolean growing) {
        // growing=false: Axon's stock trigger, a snapshot every `threshold` events (compared in docs/benchmarks.md)
        return growing ? new GrowingSnapshotInterval(snapshots.snapshotter(), threshold)
                : new EventCountSnapshotTriggerDefinition(snapshots.snapshotter(), threshold);
    }

    @Bean(COMMAND_TARGETS)
    CommandTargetResolver meetingCommandTargets() {
        return new MeetingCommandTargets();
    }

    /** The bodies' profiles: those shipped, and those in {@code rapporteur.profiles.dir} when it is set. */
    @Bean
    public BodyDirectory bodyDirectory(ObjectProvider<BodyProfiles> profiles,
                                       @Value("${" + BodyProfiles.DIRECTORY_PROPERTY + ":}") String directory) {
        return new ProfileBodies(profiles.getIfAvailable(() -> BodyProfiles.load(
                directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory)))));
    }

    @Bean
    public MeetingCalendar meetingCalendar() {
        return MeetingCalendar.system();
    }
}
