package org.rapporteur.command.meeting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * A meeting is snapshotted every {@code minimum} events, and once its stream is longer, every quarter of the stream.
 * A snapshot costs in proportion to the meeting's size, so spacing them in proportion too keeps their cost per event
 * the same however long the meeting grows, while a cold load still replays at most a quarter of the stream.
 */
final class GrowingSnapshotInterval implements SnapshotTriggerDefinition {

    private static final int SHARE_OF_STREAM = 4;

    private final Snapshotter snapshotter;
    private final int minimum;

    GrowingSnapshotInterval(Snapshotter snapshotter, int minimum) {
        this.snapshotter = snapshotter;
        this.minimum = minimum;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, minimum);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger growing) {
            growing.setSnapshotter(snapshotter);
            return growing;
        }
        return prepareTrigger(aggregateType);
    }

    private static long interval(int minimum, long sequenceNumber) {
        return Math.max(minimum, sequenceNumber / SHARE_OF_STREAM);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private final int minimum;
        private long sequenceNumber;
        private long eventsSinceSnapshot;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int minimum) {
            super(snapshotter, aggregateType);
            this.minimum = minimum;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            if (message instanceof DomainEventMessage<?> event) {
                sequenceNumber = event.getSequenceNumber();
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            return ++eventsSinceSnapshot >= interval(minimum, sequenceNumber);
        }

        @Override
        protected void reset() {
            eventsSinceSnapshot = 0;
        }
    }
}
