package org.rapporteur.query.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.MeetingBatches;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.RecentHistories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps each meeting's stored report current. Events are gathered per meeting; each changed meeting's report is
 * regenerated once when the processor's batch commits, never once per event. It has a processor of its own, so a
 * report being generated never holds up the agenda board, the timeline or the live feed.
 */
@Component
@ProcessingGroup(ProjectionConfiguration.REPORT_PROCESSOR)
public class ReportProjection implements MeetingProjection {

    private static final Logger LOG = LoggerFactory.getLogger(ReportProjection.class);

    private final ReportService reports;
    private final ReportStore store;
    private final RecentHistories<Void> histories;
    private final MeetingBatches batches = new MeetingBatches("report", this::project);

    public ReportProjection(ReportService reports, ReportStore store, MeetingHistoryLoader loader) {
        this.reports = reports;
        this.store = store;
        this.histories = new RecentHistories<>(loader);
    }

    @ResetHandler
    void reset() {
        store.clear();
        histories.forget();
    }

    @Override
    public void forget() {
        histories.forget();
    }

    @EventHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        batches.add(message, event);
    }

    /** A report that cannot be generated must not stall the processor; the API generates afresh. */
    @Override
    public void project(String meetingId, List<RecordedEvent> events) {
        try {
            RecentHistories.Recent<Void> recent = histories.extend(meetingId, store.storedSequence(meetingId).orElse(-1L), events);
            if (recent == null) {
                return;
            }
            reports.regenerate(recent.history());
            histories.remember(meetingId, recent.history(), null);
        } catch (RuntimeException e) {
            LOG.warn("could not regenerate the report of {}: {}", meetingId, e.toString());
        }
    }
}
