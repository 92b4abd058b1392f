package org.rapporteur.command.meeting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaItemTakenUp;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.rapporteur.command.meeting.Proceedings.*;

class MeetingRulesTest {

    private FixtureConfiguration<MeetingAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingAggregate.class);
        fixture.registerInjectableResource(new MeetingCalendar(Clock.fixed(FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
    }

    private static RecordAction record(Object action) {
        return new RecordAction(MEETING, null, null, (org.rapporteur.events.MeetingEvent) action);
    }

    @Test
    void anAgendaItemOnTheAgendaIsTakenUpInTheOpenSession() {
        fixture.given(openedWithAgenda())
                .when(record(itemTakenUp(1, "7")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(itemTakenUp(1, "7"));
    }

    @Test
    void retryWithTheSameCommandIdReturnsTheFirstResult() {
        List<Object> history = new ArrayList<>(openedWithAgenda());
        TestExecutor<MeetingAggregate> given = fixture.given(history)
                .andGiven(List.of(new org.axonframework.eventhandling.GenericDomainEventMessage<>("MeetingAggregate", MEETING, 3,
                        itemTakenUp(1, "7"), MetaData.with(LoggingMetadata.COMMAND_ID, "c-7"))));
        List<? extends DomainEventMessage<?>> stored = fixture.getEventStore().readEvents(MEETING).asStream().toList();
        System.out.println("STORED " + stored.stream().map(m -> m.getIdentifier() + "@" + m.getSequenceNumber() + " " + m.getMetaData()).toList());
        given.when(new RecordAction(MEETING, "c-7", null, itemTakenUp(1, "7")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new Recorded(stored.get(3).getIdentifier(), 3));
    }

    @Test
    void aStaleExpectedVersionConflicts() {
        fixture.given(openedWithAgenda())
                .when(new RecordAction(MEETING, "c-8", 1L, itemTakenUp(1, "7")))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
