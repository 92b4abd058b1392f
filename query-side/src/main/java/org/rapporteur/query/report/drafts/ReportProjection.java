package org.rapporteur.query.report.drafts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.MeetingBatches;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ParkedMeetings;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.RebuildWrites;
import org.rapporteur.query.projection.RecentHistories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps each meeting's stored report current. Events are gathered per meeting and a meeting's report is regenerated
 * once per processor batch at most, and, while the meeting is being logged, stored at most once per
 * {@code rapporteur.report.store-interval} (a second by default): what comes in between is stored by a follow-up
 * once the interval is over. Readers never see a stale report: {@link ReportService#current} generates afresh when
 * the stored one is behind the meeting. It has a processor of its own, so a report being generated never holds up
 * the agenda board, the timeline or the live feed.
 */
@Component
@ProcessingGroup(ProjectionConfiguration.REPORT_PROCESSOR)
public class ReportProjection implements MeetingProjection, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ReportProjection.class);

    private final ReportService reports;
    private final ReportStore store;
    private final RecentHistories<Void> histories;
    private final MeetingBatches batches;
    private final long intervalNanos;
    private final Map<String, Meeting> meetings = new ConcurrentHashMap<>();
    private final ScheduledExecutorService followUps = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "report-follow-up");
        thread.setDaemon(true);
        return thread;
    });

    public ReportProjection(ReportService reports, ReportStore store, MeetingHistoryLoader loader, ParkedMeetings parked,
                            @Value("${rapporteur.report.store-interval:1s}") Duration storeInterval,
                            @Value(RecentHistories.CAPACITY) int recentHistories) {
        this.batches = new MeetingBatches(name(), parked, this::projectLive);
        this.reports = reports;
        this.store = store;
        this.histories = new RecentHistories<>(loader, recentHistories);
        this.intervalNanos = storeInterval.toNanos();
    }

    /** What is known of a meeting's report: when it was last stored, and a history not stored yet. */
    private static final class Meeting {
        long storedAt = Long.MIN_VALUE;
        MeetingHistory unstored;
        boolean followUpScheduled;
    }

    @Override
    public String name() {
        return "report";
    }

    @ResetHandler
    void reset() {
        store.clear();
        forget();
    }

    /** Drops what is held in memory; a follow-up already running finishes first. */
    @Override
    public void forget() {
        meetings.clear();
        histories.forget();
        try {
            followUps.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            LOG.debug("report follow-ups already stopped", e);
        }
    }

    @EventHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        batches.add(message, event);
    }

    /** Regenerates and stores the report now (a rebuild hands over a meeting's whole stream). */
    @Override
    public void project(String meetingId, List<RecordedEvent> events) {
        project(meetingId, events, 0);
    }

    /** In a rebuild: the meeting's whole history, shared with the other projections, its report cleared before (and by nothing stored since). */
    @Override
    public void rebuild(MeetingHistory history, RebuildWrites writes) {
        String meetingId = history.meetingId();
        Meeting meeting = meetings.computeIfAbsent(meetingId, m -> new Meeting());
        synchronized (meeting) {
            if (meeting.unstored != null || history.isEmpty()) {
                project(meetingId, history.events(), 0);
                return;
            }
            histories.remember(meetingId, history, null);
            meeting.storedAt = System.nanoTime();
            try {
                reports.regenerate(history, report -> writes.replace(ReportStore.COLLECTION, ReportStore.document(report)));
            } catch (RuntimeException e) {
                LOG.warn("could not regenerate the report of {}: {}", meetingId, e.toString());
            }
        }
    }

    private void projectLive(String meetingId, List<RecordedEvent> events) {
        project(meetingId, events, intervalNanos);
    }

    /** Stores the report with these events at once, or, within {@code interval} of the last store, by a follow-up. */
    private void project(String meetingId, List<RecordedEvent> events, long interval) {
        Meeting meeting = meetings.computeIfAbsent(meetingId, m -> new Meeting());
        synchronized (meeting) {
            MeetingHistory history = extend(meetingId, meeting, events);
            if (history == null) {
                return;
            }
            long wait = meeting.storedAt == Long.MIN_VALUE ? 0 : meeting.storedAt + interval - System.nanoTime();
            if (wait <= 0) {
                storeNow(meetingId, meeting, history);
                return;
            }
            meeting.unstored = history;
            if (!meeting.followUpScheduled) {
                meeting.followUpScheduled = true;
                followUps.schedule(() -> followUp(meetingId, meeting), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void followUp(String meetingId, Meeting meeting) {
        synchronized (meeting) {
            meeting.followUpScheduled = false;
            if (meeting.unstored != null && meetings.get(meetingId) == meeting) {
                storeNow(meetingId, meeting, meeting.unstored);
            }
        }
    }

    /** The meeting's history with {@code events}, or null when they add nothing to what was projected. */
    private MeetingHistory extend(String meetingId, Meeting meeting, List<RecordedEvent> events) {
        long projected = meeting.unstored != null ? meeting.unstored.lastSequence() : store.storedSequence(meetingId).orElse(-1L);
        RecentHistories.Recent<Void> recent = histories.extend(meetingId, projected, events);
        if (recent == null) {
            return null;
        }
        histories.remember(meetingId, recent.history(), null);
        return recent.history();
    }

    /** A report that cannot be generated must not stall the processor; the API generates afresh. */
    private void storeNow(String meetingId, Meeting meeting, MeetingHistory history) {
        meeting.unstored = null;
        meeting.storedAt = System.nanoTime();
        try {
            reports.regenerate(history);
        } catch (RuntimeException e) {
            LOG.warn("could not regenerate the report of {}: {}", meetingId, e.toString());
        }
    }

    /** Stores what is still waiting before the application stops. */
    @Override
    public void destroy() {
        followUps.shutdownNow();
        meetings.forEach((meetingId, meeting) -> {
            synchronized (meeting) {
                if (meeting.unstored != null) {
                    storeNow(meetingId, meeting, meeting.unstored);
                }
            }
        });
    }
}
