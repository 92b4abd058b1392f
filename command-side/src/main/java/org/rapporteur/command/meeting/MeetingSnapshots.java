package org.rapporteur.command.meeting;

import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Takes meeting snapshots on a thread of its own, after the command that triggered one has been committed: a snapshot
 * re-reads the events since the last one and writes the whole rule state, which a command should not wait for.
 * Requests are queued, one at a time: Axon's snapshotter drops a request for a meeting whose snapshot is still being
 * taken, which would leave the meeting without one until a whole interval later.
 */
public class MeetingSnapshots implements AutoCloseable {

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "meeting-snapshots");
        thread.setDaemon(true);
        return thread;
    });
    private final Snapshotter snapshotter;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    MeetingSnapshots(EventStore eventStore, ParameterResolverFactory parameterResolvers, HandlerDefinition handlers) {
        snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .executor(Runnable::run)
                .parameterResolverFactory(parameterResolvers)
                .handlerDefinition(handlers)
                .aggregateFactories(new GenericAggregateFactory<>(
                        AnnotatedAggregateMetaModelFactory.inspectAggregate(MeetingAggregate.class, parameterResolvers, handlers)))
                .build();
    }

    Snapshotter snapshotter() {
        return this::schedule;
    }

    private void schedule(Class<?> aggregateType, String meetingId) {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase().isBefore(UnitOfWork.Phase.COMMIT)) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> schedule(aggregateType, meetingId));
        } else if (queued.add(meetingId)) {
            executor.execute(() -> {
                queued.remove(meetingId);
                snapshotter.scheduleSnapshot(aggregateType, meetingId);
            });
        }
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
