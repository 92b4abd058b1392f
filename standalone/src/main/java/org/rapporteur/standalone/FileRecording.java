package org.rapporteur.standalone;

import org.rapporteur.command.scenario.ScenarioRecorder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.rapporteur.command.meeting.RulesCheck;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records scenario files whole: every file's commands go through the meeting's rules over a copy, in memory, of
 * what the store holds of its meeting (so a correction finds the event it names, and an action recorded before is
 * skipped), and only when every file has passed are each file's new events appended to the store in one write,
 * one commit and one sync. A file the rules reject, anywhere in it, records nothing, nor does any file with it.
 */
final class FileRecording implements AutoCloseable {

    private final InMemoryEventStorageEngine staged = new InMemoryEventStorageEngine();
    private final RulesCheck rules;
    private final ScenarioRecorder recording;
    private final Set<String> copied = new HashSet<>();

    FileRecording() {
        this.rules = RulesCheck.over(staged);
        this.recording = new ScenarioRecorder(rules.commandGateway(), rules.eventStore());
    }

    /** A file judged by the rules: what recording it does, and the events it adds, in order. */
    record Staged(RecordPlan plan, ScenarioRecorder.Outcome outcome, List<? extends DomainEventMessage<?>> events) {
    }

    /** Runs the file's commands over its meeting as recorded (and as the files staged before it left it). */
    Staged stage(RecordPlan plan, RecordingStore store, ScenarioRecorder.Progress steps) {
        String meetingId = plan.meetingId();
        if (copied.add(meetingId)) {
            List<? extends DomainEventMessage<?>> recorded = store.recorded(meetingId);
            if (!recorded.isEmpty()) {
                staged.appendEvents(recorded);
            }
        }
        long before = staged.lastSequenceNumberFor(meetingId).orElse(-1L);
        ScenarioRecorder.Outcome outcome = recording.record(meetingId, plan.loggedBy(), plan.steps().stream()
                .map(step -> new ScenarioRecorder.Step(step.line(), step.commandId(), step.command())).toList(), steps);
        return new Staged(plan, outcome, staged.readEvents(meetingId, before + 1).asStream().toList());
    }

    /**
     * Appends the file's new events to the store in one write, acknowledged once committed and synced, each logged at
     * the instant of that write: the events are recorded when they reach the store, not when the rules judged them,
     * and a server tracking the same store (Axon's Mongo tokens look back one second from the newest event they
     * saw) finds them however long the checking took.
     */
    void append(Staged file, RecordingStore store) {
        if (file.events().isEmpty()) {
            return;
        }
        Instant now = GenericEventMessage.clock.instant();
        store.append(file.events().stream().map(e -> new GenericDomainEventMessage<>(e.getType(),
                e.getAggregateIdentifier(), e.getSequenceNumber(), e.getPayload(), e.getMetaData(), e.getIdentifier(), now))
                .toList());
    }

    @Override
    public void close() {
        rules.close();
    }
}
