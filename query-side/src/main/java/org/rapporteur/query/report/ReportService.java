package org.rapporteur.query.report;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Generates a meeting's report now or as of a moment, using the stored report when it is still current. */
@Service
public class ReportService {

    private final MeetingHistoryLoader histories;
    private final EventStore eventStore;
    private final ReportStore store;
    private final ReportGenerator generator = new ReportGenerator();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final AtomicLong regenerations = new AtomicLong();

    public ReportService(MeetingHistoryLoader histories, EventStore eventStore, ReportStore store) {
        this.histories = histories;
        this.eventStore = eventStore;
        this.store = store;
    }

    /** The report as the meeting stands now; empty when no such meeting was convened. */
    public Optional<GeneratedReport> current(String meetingId) {
        Optional<Long> last = eventStore.lastSequenceNumberFor(meetingId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Optional<GeneratedReport> stored = store.latest(meetingId);
        if (stored.isPresent() && stored.get().sequence() == last.get()) {
            return stored;
        }
        return generate(histories.load(meetingId));
    }

    /** The report as the meeting stood after the event at {@code sequence}. */
    public Optional<GeneratedReport> asOfSequence(String meetingId, long sequence) {
        return generate(histories.load(meetingId).upToSequence(sequence));
    }

    /** The report as the meeting stood at a logging instant. */
    public Optional<GeneratedReport> asOfInstant(String meetingId, Instant instant) {
        return generate(histories.load(meetingId).upToLoggedAt(instant));
    }

    /** Generates and stores the report of the meeting as it stands (called by the projection once per batch). */
    public void regenerate(MeetingHistory history) {
        generate(history).ifPresent(store::save);
        regenerations.incrementAndGet();
    }

    /** How often the projection regenerated a report in this process (for tests and diagnostics). */
    public long regenerations() {
        return regenerations.get();
    }

    private Optional<GeneratedReport> generate(MeetingHistory history) {
        if (history.events().isEmpty()) {
            return Optional.empty();
        }
        ReportDocument document = generator.generate(history);
        RecordedEvent last = history.events().get(history.events().size() - 1);
        return Optional.of(new GeneratedReport(history.meetingId(), last.sequence(), document, markdown.render(document)));
    }
}
