package org.rapporteur.command.meeting;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GrowingSnapshotIntervalTest {

    @Test
    void snapshotsEveryMinimumEventsThenEveryQuarterOfTheStream() {
        List<Long> snapshotsAt = new ArrayList<>();
        long[] current = {0};
        GrowingSnapshotInterval definition = new GrowingSnapshotInterval(
                (type, id) -> snapshotsAt.add(current[0]), 500);
        SnapshotTrigger trigger = definition.prepareTrigger(MeetingAggregate.class);
        trigger.initializationFinished();
        for (long sequence = 0; sequence < 100_000; sequence++) {
            current[0] = sequence;
            trigger.eventHandled(new GenericDomainEventMessage<>("MeetingAggregate", "m", sequence, "event"));
        }

        assertThat(snapshotsAt.subList(0, 4)).containsExactly(499L, 999L, 1_499L, 1_999L);
        for (int i = 1; i < snapshotsAt.size(); i++) {
            long at = snapshotsAt.get(i);
            assertThat(at - snapshotsAt.get(i - 1)).isEqualTo(Math.max(500, at / 4));
        }
        assertThat(snapshotsAt).hasSizeLessThan(30);
        assertThat(100_000 - snapshotsAt.get(snapshotsAt.size() - 1)).isLessThanOrEqualTo(100_000 / 4);
    }

    @Test
    void aTriggerBackFromTheCacheKeepsCounting() {
        List<Long> snapshotsAt = new ArrayList<>();
        GrowingSnapshotInterval definition = new GrowingSnapshotInterval((type, id) -> snapshotsAt.add(0L), 3);
        SnapshotTrigger trigger = definition.prepareTrigger(MeetingAggregate.class);
        trigger.eventHandled(new GenericDomainEventMessage<>("MeetingAggregate", "m", 0, "event"));
        trigger.eventHandled(new GenericDomainEventMessage<>("MeetingAggregate", "m", 1, "event"));
        SnapshotTrigger reconfigured = definition.reconfigure(MeetingAggregate.class, trigger);
        reconfigured.eventHandled(new GenericDomainEventMessage<>("MeetingAggregate", "m", 2, "event"));

        assertThat(reconfigured).isSameAs(trigger);
        assertThat(snapshotsAt).hasSize(1);
    }
}
