package org.rapporteur.query.rebuild;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ParkedMeetings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Projects parked meetings again, from their whole streams: on request (after a fix), and every
 * {@code rapporteur.projections.retry-parked} (a minute by default), which also clears a failure that passed.
 * A meeting that fails again is parked again.
 */
@Component
public class ParkedRetry implements DisposableBean {

    private final ParkedMeetings parked;
    private final List<MeetingProjection> projections;
    private final MeetingHistoryLoader loader;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parked-retry");
        thread.setDaemon(true);
        return thread;
    });

    public ParkedRetry(ParkedMeetings parked, List<MeetingProjection> projections, MeetingHistoryLoader loader,
                       @Value("${rapporteur.projections.retry-parked:1m}") Duration every) {
        this.parked = parked;
        this.projections = projections;
        this.loader = loader;
        timer.scheduleWithFixedDelay(this::retryQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Retries every parked meeting; returns those still parked. */
    public synchronized List<ParkedMeetings.Parked> retry() {
        parked.reload();
        for (ParkedMeetings.Parked p : parked.all()) {
            MeetingProjection projection = projections.stream().filter(m -> m.name().equals(p.projection())).findFirst().orElse(null);
            // released first: events logged while it is projected again are then handled live, not skipped
            parked.release(p.projection(), p.meetingId());
            if (projection == null) {
                continue;
            }
            MeetingHistory history = null;
            try {
                history = loader.load(p.meetingId());
                projection.project(p.meetingId(), history.events());
            } catch (RuntimeException e) {
                parked.park(p.projection(), p.meetingId(), history == null ? List.of() : history.events(), e);
            }
        }
        return parked.all();
    }

    private void retryQuietly() {
        try {
            if (!parked.all().isEmpty()) {
                retry();
            }
        } catch (RuntimeException e) {
            // tried again at the next round
        }
    }

    @Override
    public void destroy() {
        timer.shutdown();
    }
}
