package org.rapporteur.command.meeting;

import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Takes meeting snapshots on a thread of its own, after the command that triggered one has been answered: a snapshot
 * re-reads the events since the last one and writes the whole rule state, which a command should not wait for.
 */
class MeetingSnapshots implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "meeting-snapshots");
        thread.setDaemon(true);
        return thread;
    });
    private final Snapshotter snapshotter;

    MeetingSnapshots(EventStore eventStore) {
        snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .executor(executor)
                .aggregateFactories(new GenericAggregateFactory<>(MeetingAggregate.class))
                .build();
    }

    Snapshotter snapshotter() {
        return snapshotter;
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
