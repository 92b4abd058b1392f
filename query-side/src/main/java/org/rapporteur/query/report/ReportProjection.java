package org.rapporteur.query.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(ReportProjection.class);
    private static final String CHANGED = ReportProjection.class.getName() + ".changed";

    private final ReportService reports;
    private final ReportStore store;

    public ReportProjection(ReportService reports, ReportStore store) {
        this.reports = reports;
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    @EventHandler
    void on(MeetingEvent event, @SourceId String meetingId) {
        if (!CurrentUnitOfWork.isStarted()) {
            regenerate(meetingId);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Set<String> changed = batch.getOrComputeResource(CHANGED, key -> {
            Set<String> meetings = new LinkedHashSet<>();
            batch.onPrepareCommit(u -> meetings.forEach(this::regenerate));
            return meetings;
        });
        changed.add(meetingId);
    }

    /** A report that cannot be generated must not stall the other projections of the processor; the API generates afresh. */
    private void regenerate(String meetingId) {
        try {
            reports.regenerate(meetingId);
        } catch (RuntimeException e) {
            LOG.warn("could not regenerate the report of {}: {}", meetingId, e.toString());
        }
    }
}
