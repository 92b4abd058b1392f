package org.rapporteur.query.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.RecentHistories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each meeting's stored report current. Events are gathered per meeting; each changed meeting's report is
 * regenerated once when the processor's batch commits, never once per event. It has a processor of its own, so a
 * report being generated never holds up the agenda board, the timeline or the live feed.
 */
@Component
@ProcessingGroup(ProjectionConfiguration.REPORT_PROCESSOR)
public class ReportProjection {

    private static final Logger LOG = LoggerFactory.getLogger(ReportProjection.class);
    private static final String PENDING = ReportProjection.class.getName() + ".pending";

    private final ReportService reports;
    private final ReportStore store;
    private final RecentHistories<Void> histories;

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

    public void forgetHistories() {
        histories.forget();
    }

    @EventHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        RecordedEvent recorded = MeetingHistoryLoader.recorded(message, event);
        String meetingId = message.getAggregateIdentifier();
        if (!CurrentUnitOfWork.isStarted()) {
            regenerate(meetingId, List.of(recorded));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<String, List<RecordedEvent>> pending = batch.getOrComputeResource(PENDING, key -> {
            Map<String, List<RecordedEvent>> meetings = new LinkedHashMap<>();
            batch.onPrepareCommit(u -> meetings.forEach(this::regenerate));
            return meetings;
        });
        pending.computeIfAbsent(meetingId, id -> new ArrayList<>()).add(recorded);
    }

    /** A report that cannot be generated must not stall the processor; the API generates afresh. */
    private void regenerate(String meetingId, List<RecordedEvent> events) {
        long reported = store.storedSequence(meetingId).orElse(-1L);
        List<RecordedEvent> fresh = events.stream().filter(e -> e.sequence() > reported).toList();
        if (fresh.isEmpty()) {
            return;
        }
        try {
            MeetingHistory history = histories.extend(meetingId, reported, fresh).history();
            reports.regenerate(history);
            histories.remember(meetingId, history, null);
        } catch (RuntimeException e) {
            LOG.warn("could not regenerate the report of {}: {}", meetingId, e.toString());
        }
    }
}
