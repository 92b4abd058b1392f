package org.rapporteur.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.meeting.MeetingConvened;

import java.time.LocalDate;

class ConveningTest {

    static final MeetingConvened TWELFTH = new MeetingConvened(
            MeetingMoment.outsidePlenary(LocalDate.of(2023, 9, 14)),
            new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
            12, "Meeting of States Parties",
            new MeetingConvened.Venue("Geneva", "Switzerland"),
            LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 13), "CCM/MSP/2024",
            null, null, null);

    private FixtureConfiguration<MeetingAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingAggregate.class);
        fixture.registerInjectableResource(MeetingCalendar.system());
    }

    @Test
    void conveningAMeetingRecordsItsFacts() {
        fixture.givenNoPriorActivity()
                .when(new ConveneMeeting("ccm-12msp", "c-1", TWELFTH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(TWELFTH);
    }

    @Test
    void aMeetingCannotBeConvenedTwice() {
        fixture.given(TWELFTH)
                .when(new ConveneMeeting("ccm-12msp", "c-2", TWELFTH))
                .expectException(MeetingRuleViolated.class)
                .expectNoEvents();
    }
}
