package org.rapporteur.command.meeting;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meetings stay in memory between commands (a weak-reference cache) and are snapshotted every so many events, so a
 * command never replays a long stream.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

    public static final String CACHE = "meetingCache";
    public static final String SNAPSHOT_TRIGGER = "meetingSnapshotTrigger";

    @Bean(CACHE)
    public Cache meetingCache() {
        return new WeakReferenceCache();
    }

    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition meetingSnapshotTrigger(Snapshotter snapshotter,
                                                            @Value("${rapporteur.snapshot-every:500}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    public MeetingCalendar meetingCalendar() {
        return MeetingCalendar.system();
    }
}
