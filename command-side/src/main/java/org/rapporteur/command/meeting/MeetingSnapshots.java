package org.rapporteur.command.meeting;

import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Takes meeting snapshots on a thread of its own, after the command that triggered one has been answered: a snapshot
 * re-reads the events since the last one and writes the whole rule state, which a command should not wait for.
 */
public class MeetingSnapshots implements AutoCloseable {

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "meeting-snapshots");
        thread.setDaemon(true);
        return thread;
    });
    private final Snapshotter snapshotter;

    MeetingSnapshots(EventStore eventStore, ParameterResolverFactory parameterResolvers, HandlerDefinition handlers) {
        snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .executor(executor)
                .parameterResolverFactory(parameterResolvers)
                .handlerDefinition(handlers)
                .aggregateFactories(new GenericAggregateFactory<>(
                        AnnotatedAggregateMetaModelFactory.inspectAggregate(MeetingAggregate.class, parameterResolvers, handlers)))
                .build();
    }

    Snapshotter snapshotter() {
        return snapshotter;
    }

    /** Whether a snapshot is being taken or waits to be. */
    public boolean busy() {
        return executor.getActiveCount() > 0 || !executor.getQueue().isEmpty();
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
