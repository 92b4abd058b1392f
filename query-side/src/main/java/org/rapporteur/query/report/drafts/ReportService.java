package org.rapporteur.query.report.drafts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.report.GeneratedReport;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;
import org.springframework.stereotype.Service;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Generates a meeting's report now or as of a moment ({@link AsOf}, as for the views), in a language, using the
 * stored report when it is still current: same last event, same generator and profile (fingerprint), same language.
 */
@Service
public class ReportService {

    static final String GENERATION = "rapporteur.report.generation";

    private final MeetingHistoryLoader histories;
    private final EventStore eventStore;
    private final ReportStore store;
    private final ReportGenerator generator = new ReportGenerator();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final AtomicLong regenerations = new AtomicLong();
    private final MeterRegistry metrics;

    public ReportService(MeetingHistoryLoader histories, EventStore eventStore, ReportStore store, MeterRegistry metrics) {
        this.histories = histories;
        this.eventStore = eventStore;
        this.store = store;
        this.metrics = metrics;
    }

    /** The report as the meeting stands now, in its body's first language; empty when no such meeting was convened. */
    public Optional<GeneratedReport> current(String meetingId) {
        return current(meetingId, null);
    }

    /** The report as the meeting stands now in {@code language} (null: the body's first). */
    public Optional<GeneratedReport> current(String meetingId, String language) {
        Optional<Long> last = eventStore.lastSequenceNumberFor(meetingId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        if (language == null) {
            Optional<GeneratedReport> stored = store.latest(meetingId);
            if (stored.isPresent() && stored.get().sequence() == last.get() && stored.get().fingerprint() != null
                    && stored.get().fingerprint().equals(generator.fingerprint(profileOf(stored.get()), null))) {
                return stored;
            }
        }
        return generate(histories.load(meetingId), language);
    }

    /** The report as the meeting stood at {@code asOf}, in {@code language} (null: the body's first). */
    public Optional<GeneratedReport> asOf(String meetingId, AsOf asOf, String language) {
        MeetingHistory history = histories.load(meetingId);
        return generate(asOf == null ? history : asOf.cut(history), language);
    }

    /** The report as the meeting stood after the event at {@code sequence}. */
    public Optional<GeneratedReport> asOfSequence(String meetingId, long sequence) {
        return asOf(meetingId, new AsOf.Sequence(sequence), null);
    }

    /** Generates and stores the report of the meeting as it stands (called by the projection once per batch). */
    public void regenerate(MeetingHistory history) {
        regenerate(history, store::save);
    }

    /** Generates the report of the meeting as it stands and hands it to {@code storing} (a rebuild writes it with others). */
    public void regenerate(MeetingHistory history, Consumer<GeneratedReport> storing) {
        generate(history, null).ifPresent(storing);
        regenerations.incrementAndGet();
    }

    /** How often the projection regenerated a report in this process (for tests and diagnostics). */
    public long regenerations() {
        return regenerations.get();
    }

    private static String profileOf(GeneratedReport stored) {
        String[] parts = stored.fingerprint().split("/");
        return parts.length > 1 ? parts[1] : null;
    }

    private Optional<GeneratedReport> generate(MeetingHistory history, String language) {
        if (history.events().isEmpty()) {
            return Optional.empty();
        }
        Timer.Sample started = Timer.start(metrics);
        ReportDocument document = generator.generate(history, language);
        started.stop(Timer.builder(GENERATION).description("Composing one meeting's report from its events")
                .tag("language", document.language()).register(metrics));
        RecordedEvent last = history.events().get(history.events().size() - 1);
        String fingerprint = generator.fingerprint(ReportGenerator.profileIdOf(history), language);
        return Optional.of(new GeneratedReport(history.meetingId(), last.sequence(), document, markdown.render(document),
                Objects.requireNonNull(fingerprint)));
    }
}
