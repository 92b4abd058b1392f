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
 * batch commits (at once, outside a unit of work). A meeting the projection fails on is parked ({@link ParkedMeetings})
 * and the batch goes on with the other meetings; a parked meeting's events wait until it is retried.
 */
public final class MeetingBatches {

    private final String projection;
    private final String resource;
    private final ParkedMeetings parked;
    private final BiConsumer<String, List<RecordedEvent>> project;

    /** {@code project} receives a meeting's id and its events of the batch, in order. */
    public MeetingBatches(String projection, ParkedMeetings parked, BiConsumer<String, List<RecordedEvent>> project) {
        this.projection = projection;
        this.resource = MeetingBatches.class.getName() + "." + projection;
        this.parked = parked;
        this.project = project;
    }

    public void add(DomainEventMessage<?> message, MeetingEvent event) {
        String meetingId = message.getAggregateIdentifier();
        if (parked.isParked(projection, meetingId)) {
            return;
        }
        RecordedEvent recorded = MeetingHistoryLoader.recorded(message, event);
        if (!CurrentUnitOfWork.isStarted()) {
            projectOrPark(meetingId, List.of(recorded));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, List<RecordedEvent>> pending = unitOfWork.getOrComputeResource(resource, key -> {
            Map<String, List<RecordedEvent>> batch = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> batch.forEach(this::projectOrPark));
            return batch;
        });
        pending.computeIfAbsent(meetingId, id -> new ArrayList<>()).add(recorded);
    }

    private void projectOrPark(String meetingId, List<RecordedEvent> events) {
        try {
            project.accept(meetingId, events);
        } catch (RuntimeException e) {
            parked.park(projection, meetingId, events, e);
        }
    }
}
