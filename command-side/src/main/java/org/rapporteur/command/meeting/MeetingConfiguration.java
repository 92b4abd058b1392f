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
import org.axonframework.common.caching.WeakReferenceCache;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
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
 * Meetings are cached and snapshotted with Axon's stock pieces: a weak-reference cache, and a snapshot every so many
 * events taken on a thread of its own, so no command replays more than that many events, not even the first one
 * after a restart (docs/benchmarks.md, "Snapshots and the meeting cache").
 */
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

    public static final String CACHE = "meetingCache";
    public static final String SNAPSHOT_TRIGGER = "meetingSnapshotTrigger";
    public static final String COMMAND_TARGETS = "meetingCommandTargets";
    public static final String SNAPSHOT_THREAD = "meetingSnapshotThread";

    /** Axon's stock cache: a meeting stays in memory while something else holds it, else it is read again. */
    @Bean(CACHE)
    public Cache meetingCache() {
        return new WeakReferenceCache();
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

    /** Snapshots are taken on a thread of their own; Axon's snapshotter hands them over once the command is committed. */
    @Bean(value = SNAPSHOT_THREAD, destroyMethod = "shutdown")
    public ThreadPoolExecutor meetingSnapshotThread() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "meeting-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Axon's stock trigger: a snapshot every {@code rapporteur.snapshot-every} events (measured in docs/benchmarks.md). */
    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition meetingSnapshotTrigger(EventStore eventStore, ParameterResolverFactory parameterResolvers,
                                                     HandlerDefinition handlers,
                                                     @Qualifier(SNAPSHOT_THREAD) ThreadPoolExecutor thread,
                                                     @Value("${rapporteur.snapshot-every:100}") int threshold) {
        Snapshotter snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .executor(thread)
                .parameterResolverFactory(parameterResolvers)
                .handlerDefinition(handlers)
                .aggregateFactories(new GenericAggregateFactory<>(
                        AnnotatedAggregateMetaModelFactory.inspectAggregate(MeetingAggregate.class, parameterResolvers, handlers)))
                .build();
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
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
