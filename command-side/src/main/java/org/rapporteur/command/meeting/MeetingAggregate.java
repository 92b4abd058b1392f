package org.rapporteur.command.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;

/** One meeting: it keeps only the state its rules need. */
@Aggregate
class MeetingAggregate {

    @AggregateIdentifier
    private String meetingId;
    private boolean closed;

    MeetingAggregate() {
    }

    @CommandHandler
    MeetingAggregate(ConveneMeeting command) {
        meetingId = command.meetingId();
        AggregateLifecycle.apply(command.facts());
    }

    @CommandHandler
    void handle(RecordAction command) {
        if (closed) {
            throw new IllegalStateException("the meeting " + meetingId + " is closed: only corrections can be recorded");
        }
        AggregateLifecycle.apply(command.action());
    }

    @EventSourcingHandler
    void on(MeetingConvened event, @SourceId String meetingId) {
        this.meetingId = meetingId;
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        closed = true;
    }
}
