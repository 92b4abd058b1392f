package org.rapporteur.command.meeting;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.work.ExtensionRequestPresented;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.rapporteur.command.meeting.Proceedings.*;

/**
 * Given what the meeting has recorded, when a correction or withdrawal (or an action out of sequence) is logged, then
 * it is judged by the same rules as the action it replaces, and refused when it pulls the ground from under others.
 */
class RulesOnCorrectionsTest {

    private FixtureConfiguration<MeetingAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingAggregate.class);
        fixture.registerCommandTargetResolver(new MeetingCommandTargets());
        fixture.registerInjectableResource(new MeetingCalendar(
                Clock.fixed(MeetingRulesTest.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        fixture.registerInjectableResource(fixture.getEventStore());
        fixture.registerInjectableResource(new ProfileBodies(org.rapporteur.profiles.BodyProfiles.load(java.util.Optional.empty())));
    }

    private static RecordAction record(MeetingEvent action) {
        return new RecordAction(MEETING, null, null, action);
    }

    private static List<Object> history(Object... events) {
        List<Object> all = new ArrayList<>(openedWithAgenda());
        all.addAll(Arrays.asList(events));
        return all;
    }

    private String eventId(long sequence) {
        return fixture.getEventStore().readEvents(MEETING).asStream()
                .filter(m -> m.getSequenceNumber() == sequence).findFirst().orElseThrow().getIdentifier();
    }

    private void refused(TestExecutor<MeetingAggregate> given, MeetingEvent action, String rule, String... reasons) {
        given.when(record(action))
                .expectException(MeetingRuleViolated.class)
                .expectException(new FeatureMatcher<Object, String>(Matchers.equalTo(rule), "rule", "rule") {
                    @Override
                    protected String featureValueOf(Object actual) {
                        return ((MeetingRuleViolated) actual).rule();
                    }
                })
                .expectExceptionMessage(allOf(Arrays.stream(reasons).<Matcher<? super String>>map(r -> containsString(r)).toList()))
                .expectNoEvents();
    }

    private void accepted(TestExecutor<MeetingAggregate> given, MeetingEvent action) {
        given.when(record(action)).expectSuccessfulHandlerExecution().expectEvents(action);
    }

    @Nested
    class CorrectionsFollowTheRulesOfWhatTheyReplace {

        private final ExtensionRequestPresented presented = new ExtensionRequestPresented(inSession(1), StateCode.of("TCD"), ArticleReference.of("4"));
        private final ExtensionRequestGranted granted = grant(inSession(1), "TCD", "4");

        @Test
        void aCorrectionCannotMoveAnActionToAnItemNotOnTheAgenda() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2")));
            refused(given, corrected(eventId(3), itemTakenUp(1, "99")), "AgendaItemMustExist",
                    "as corrected, event " + eventId(3), "item 99 is not on the adopted agenda");
        }

        @Test
        void aCorrectionCannotMoveAnActionToAnotherSession() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2")));
            refused(given, corrected(eventId(3), itemTakenUp(42, "2")), "PlenarySessionMustBeOpen",
                    "names plenary session 42 but session 1 is open");
        }

        @Test
        void aCorrectionIsJudgedAgainstTheMeetingAsItStoodThen() {
            // item 2 was taken up in session 1; session 2 is open now, but the correction is of what happened in 1
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2"), sessionClosed(1), sessionOpened(2)));
            accepted(given, corrected(eventId(3), itemTakenUp(1, "7")));
        }

        @Test
        void aCorrectionCannotGrantARequestNeverPresented() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(presented, granted));
            refused(given, corrected(eventId(4), grant(inSession(1), "DEU", "4")),
                    "RequestMustBePresentedBeforeDecision", "the request DEU article 4 has not been presented");
        }

        @Test
        void aCorrectionCannotGrantARequestPresentedOnlyLater() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(presented, granted,
                    new ExtensionRequestPresented(inSession(1), StateCode.of("DEU"), ArticleReference.of("4"))));
            refused(given, corrected(eventId(4), grant(inSession(1), "DEU", "4")),
                    "RequestMustBePresentedBeforeDecision", "DEU article 4 has not been presented");
        }

        @Test
        void aCorrectionCountsTheCorrectionsOfWhatCameBefore() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2")));
            given.andGiven(corrected(eventId(2), agendaAdopted(1, "1", "2", "7", "8")));
            accepted(given, corrected(eventId(3), itemTakenUp(1, "8")));
        }

        @Test
        void aCorrectedConveningMustEndOnOrAfterItStarts() {
            MeetingConvened twelfth = ConveningTest.TWELFTH;
            MeetingConvened backwards = new MeetingConvened(twelfth.moment(), twelfth.profile(), twelfth.convention(), 12, twelfth.meetingKind(),
                    twelfth.venue(), LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 10), twelfth.symbolPrefix(), null, null, null);
            TestExecutor<MeetingAggregate> given = fixture.given(history());
            refused(given, corrected(eventId(0), backwards), "MeetingEndsOnOrAfterItStarts", "cannot end (2024-09-10) before it starts");
        }
    }

    @Nested
    class DependantsAreNamed {

        private final ExtensionRequestPresented presented = new ExtensionRequestPresented(inSession(1), StateCode.of("TCD"), ArticleReference.of("4"));
        private final ExtensionRequestGranted granted = grant(inSession(1), "TCD", "4");

        @Test
        void aPresentationAGrantNeedsIsNotWithdrawn() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(presented, granted));
            refused(given, withdrawn(eventId(3)), "ActionsKeepWhatTheyStandOn", eventId(4), "withdraw or correct them first");
        }

        @Test
        void aPresentationIsWithdrawnOnceItsGrantIsWithdrawn() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(presented, granted));
            given.andGiven(withdrawn(eventId(4)));
            accepted(given, withdrawn(eventId(3)));
        }

        @Test
        void aPresentationAGrantNeedsIsNotCorrectedToAnotherRequest() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(presented, granted));
            refused(given, corrected(eventId(3), new ExtensionRequestPresented(inSession(1), StateCode.of("DEU"), ArticleReference.of("4"))),
                    "ActionsKeepWhatTheyStandOn", eventId(4));
        }

        @Test
        void aPresentationCorrectedInOtherDetailsKeepsItsGrant() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(presented, granted));
            accepted(given, corrected(eventId(3), new ExtensionRequestPresented(new MeetingMoment(1, FIRST_DAY, java.time.LocalTime.of(11, 0)), StateCode.of("TCD"), ArticleReference.of("4"))));
        }

        @Test
        void theAgendaIsNotWithdrawnUnderItemsTakenUp() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2")));
            refused(given, withdrawn(eventId(2)), "ActionsKeepWhatTheyStandOn", eventId(3));
        }

        @Test
        void theAgendaIsNotCorrectedToDropAnItemTakenUp() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2")));
            refused(given, corrected(eventId(2), agendaAdopted(1, "1", "7")), "ActionsKeepWhatTheyStandOn", eventId(3));
        }

        @Test
        void aSessionActionsSitInNamesThem() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2")));
            refused(given, withdrawn(eventId(1)), "ActionsKeepWhatTheyStandOn", eventId(2), eventId(3));
        }
    }

    @Nested
    class DatesAndSequence {

        @Test
        void aMeetingEndsOnOrAfterItStarts() {
            MeetingConvened t = ConveningTest.TWELFTH;
            MeetingConvened backwards = new MeetingConvened(t.moment(), t.profile(), t.convention(), 12, t.meetingKind(), t.venue(),
                    LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 12), t.symbolPrefix(), null, null, null);
            fixture.givenNoPriorActivity().when(new ConveneMeeting(MEETING, null, backwards))
                    .expectException(MeetingRuleViolated.class)
                    .expectExceptionMessage(containsString("cannot end (2024-09-12) before it starts (2024-09-13)"))
                    .expectNoEvents();
        }

        @Test
        void aMeetingOfOneDayEndsTheDayItStarts() {
            MeetingConvened t = ConveningTest.TWELFTH;
            MeetingConvened oneDay = new MeetingConvened(t.moment(), t.profile(), t.convention(), 12, t.meetingKind(), t.venue(),
                    LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 13), t.symbolPrefix(), null, null, null);
            fixture.givenNoPriorActivity().when(new ConveneMeeting(MEETING, null, oneDay)).expectSuccessfulHandlerExecution();
        }

        @Test
        void aSessionIsDatedWithinTheMeeting() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(sessionClosed(1)));
            refused(given, new PlenarySessionOpened(MeetingMoment.inPlenary(2, LocalDate.of(2024, 9, 14)), 2),
                    "PlenarySessionWithinMeetingDates", "dated 2024-09-14, outside the meeting's dates (2024-09-10 to 2024-09-13)");
        }

        @Test
        void aSessionIsDatedWithinTheMeetingAsLastChanged() {
            MeetingDatesChanged shortened = new MeetingDatesChanged(MeetingMoment.outsidePlenary(FIRST_DAY),
                    List.of(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 11)), null, "financial constraints");
            TestExecutor<MeetingAggregate> given = fixture.given(history(sessionClosed(1), shortened));
            refused(given, new PlenarySessionOpened(MeetingMoment.inPlenary(2, LocalDate.of(2024, 9, 12)), 2),
                    "PlenarySessionWithinMeetingDates", "outside the meeting's dates (2024-09-10 to 2024-09-11)");
        }

        @Test
        void aSessionOnTheLastDayIsWithin() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(sessionClosed(1)));
            accepted(given, new PlenarySessionOpened(MeetingMoment.inPlenary(2, LocalDate.of(2024, 9, 13)), 2));
        }

        @Test
        void theMeetingIsNotClosedWhileASessionIsOpen() {
            refused(fixture.given(history()), meetingClosed(1), "MeetingNotClosedDuringSession",
                    "plenary session 1 is still open: close it before closing the meeting");
        }

        @Test
        void theMeetingClosesAfterItsLastSession() {
            accepted(fixture.given(history(sessionClosed(1))), new org.rapporteur.events.meeting.MeetingClosed(
                    MeetingMoment.outsidePlenary(FIRST_DAY)));
        }

        @Test
        void anItemUnderConsiderationIsNotTakenUpAgain() {
            refused(fixture.given(history(itemTakenUp(1, "2"))), itemTakenUp(1, "2"), "ItemNotTakenUpTwice",
                    "item 2 is already under consideration");
        }

        @Test
        void anItemConcludedIsTakenUpAgain() {
            accepted(fixture.given(history(itemTakenUp(1, "2"), new AgendaItemConcluded(inSession(1), AgendaItemNumber.of("2"), false))),
                    itemTakenUp(1, "2"));
        }

        @Test
        void anItemIsResumedInTheNextSession() {
            accepted(fixture.given(history(itemTakenUp(1, "2"), sessionClosed(1), sessionOpened(2))), itemTakenUp(2, "2"));
        }

        @Test
        void aCorrectionCannotTakeUpAgainTheItemUnderConsideration() {
            TestExecutor<MeetingAggregate> given = fixture.given(history(itemTakenUp(1, "2"), itemTakenUp(1, "7")));
            refused(given, corrected(eventId(4), itemTakenUp(1, "2")), "ItemNotTakenUpTwice", "item 2 is already under consideration");
        }
    }
}
