package org.rapporteur.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Gathers a processor batch's events per meeting, so that a projection handles each meeting once per batch, when the
 * batch commits (at once, outside a unit of work).
 */
public final class MeetingBatches {

    private final String resource;
    private final BiConsumer<String, List<RecordedEvent>> project;

    /** {@code project} receives a meeting's id and its events of the batch, in order. */
    public MeetingBatches(String projection, BiConsumer<String, List<RecordedEvent>> project) {
        this.resource = MeetingBatches.class.getName() + "." + projection;
        this.project = project;
    }

    public void add(DomainEventMessage<?> message, MeetingEvent event) {
        RecordedEvent recorded = MeetingHistoryLoader.recorded(message, event);
        String meetingId = message.getAggregateIdentifier();
        if (!CurrentUnitOfWork.isStarted()) {
            project.accept(meetingId, List.of(recorded));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, List<RecordedEvent>> pending = unitOfWork.getOrComputeResource(resource, key -> {
            Map<String, List<RecordedEvent>> batch = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> batch.forEach(project));
            return batch;
        });
        pending.computeIfAbsent(meetingId, id -> new ArrayList<>()).add(recorded);
    }
}
