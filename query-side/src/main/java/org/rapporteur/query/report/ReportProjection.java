package org.rapporteur.query.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps each meeting's stored report current. Events only mark their meeting as changed; each changed meeting's
 * report is regenerated once when the processor's batch commits, never once per event.
 */
@Component
@ProcessingGroup(ProjectionConfiguration.PROCESSOR)
public class ReportProjection {

    private static final String CHANGED = ReportProjection.class.getName() + ".changed";

    private final ReportService reports;

    public ReportProjection(ReportService reports) {
        this.reports = reports;
    }

    @EventHandler
    void on(MeetingEvent event, @SourceId String meetingId) {
        if (!CurrentUnitOfWork.isStarted()) {
            reports.regenerate(meetingId);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Set<String> changed = batch.getOrComputeResource(CHANGED, key -> {
            Set<String> meetings = new LinkedHashSet<>();
            batch.onPrepareCommit(u -> meetings.forEach(reports::regenerate));
            return meetings;
        });
        changed.add(meetingId);
    }
}
