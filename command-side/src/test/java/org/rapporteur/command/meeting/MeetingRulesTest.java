package org.rapporteur.command.meeting;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.work.ExtensionRequestPresented;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.Person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.rapporteur.command.meeting.Proceedings.*;

/** Given what the meeting has recorded, when the secretariat logs an action, then the rules accept or refuse it. */
class MeetingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 11);

    private FixtureConfiguration<MeetingAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingAggregate.class);
        fixture.registerCommandTargetResolver(new MeetingCommandTargets());
        fixture.registerInjectableResource(new ProfileBodies(org.rapporteur.profiles.BodyProfiles.load(java.util.Optional.empty())));
        fixture.registerInjectableResource(new MeetingCalendar(
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        fixture.registerInjectableResource(fixture.getEventStore());
    }

    private static RecordAction record(MeetingEvent action) {
        return new RecordAction(MEETING, null, null, action);
    }

    private static List<Object> history(Object... events) {
        List<Object> all = new ArrayList<>(openedWithAgenda());
        all.addAll(Arrays.asList(events));
        return all;
    }

    private TestExecutor<MeetingAggregate> given(List<Object> events) {
        return fixture.given(events);
    }

    /** The event id the store gave the given event at {@code sequence}. */
    private String eventId(long sequence) {
        return fixture.getEventStore().readEvents(MEETING).asStream()
                .filter(m -> m.getSequenceNumber() == sequence).findFirst().orElseThrow().getIdentifier();
    }

    private ResultValidator<MeetingAggregate> refused(TestExecutor<MeetingAggregate> given, MeetingEvent action, String reason) {
        return given.when(record(action))
                .expectException(MeetingRuleViolated.class)
                .expectExceptionMessage(containsString(reason))
                .expectNoEvents();
    }

    private ResultValidator<MeetingAggregate> accepted(TestExecutor<MeetingAggregate> given, MeetingEvent action) {
        return given.when(record(action))
                .expectSuccessfulHandlerExecution()
                .expectEvents(action);
    }

    @Nested
    class Convening {

        @Test
        void conveningStartsTheRecordAndAnswersWhereItLanded() {
            fixture.givenNoPriorActivity()
                    .when(new ConveneMeeting(MEETING, "c-0", ConveningTest.TWELFTH))
                    .expectEvents(ConveningTest.TWELFTH)
                    .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(containsString("sequence=0")));
        }

        @Test
        void aConveningRepeatedUnderItsCommandIdIsRefusedByTheMeeting() {
            // the retry is answered before the meeting is loaded (RepeatedCommandsTest.aRetriedConveningAnswersAsTheFirstTime)
            given(List.of(new GenericDomainEventMessage<>("MeetingAggregate", MEETING, 0, ConveningTest.TWELFTH,
                    MetaData.with(LoggingMetadata.COMMAND_ID, "c-0"))))
                    .when(new ConveneMeeting(MEETING, "c-0", ConveningTest.TWELFTH))
                    .expectException(MeetingRuleViolated.class)
                    .expectNoEvents();
        }

        @Test
        void aSecondConveningUnderAnotherCommandIdIsRefused() {
            given(List.of(ConveningTest.TWELFTH))
                    .when(new ConveneMeeting(MEETING, "c-1", ConveningTest.TWELFTH))
                    .expectException(MeetingRuleViolated.class)
                    .expectExceptionMessage("the meeting ccm-12msp has already been convened")
                    .expectNoEvents();
        }

        @Test
        void aConveningWithoutMomentIsDatedToday() {
            MeetingConvened undated = withMoment(ConveningTest.TWELFTH, null);
            fixture.givenNoPriorActivity()
                    .when(new ConveneMeeting(MEETING, "c-0", undated))
                    .expectEvents(withMoment(ConveningTest.TWELFTH, MeetingMoment.outsidePlenary(TODAY)));
        }

        @Test
        void conveningIsNotAnAction() {
            refused(given(history()), ConveningTest.TWELFTH, "already been convened");
        }
    }

    @Nested
    class MeetingMustBeOpenForRecordingTest {

        @Test
        void nothingIsRecordedForAMeetingNeverConvened() {
            fixture.givenNoPriorActivity()
                    .when(record(documentSubmitted("CCM/MSP/2024/1")))
                    .expectException(AggregateNotFoundException.class)
                    .expectNoEvents();
        }

        @Test
        void nothingButCorrectionsIsRecordedAfterTheMeetingClosed() {
            refused(given(history(sessionClosed(1), meetingClosed(1))), documentSubmitted("CCM/MSP/2024/11"),
                    "the meeting is closed: only texts-translated, action-corrected, action-withdrawn can be recorded, not document-submitted");
        }

        @Test
        void correctionsAreRecordedAfterTheMeetingClosed() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1"), sessionClosed(1), meetingClosed(1)));
            accepted(given, corrected(eventId(3), documentSubmitted("CCM/MSP/2024/1/Rev.1")));
        }

        @Test
        void withdrawingTheClosingReopensTheRecord() {
            TestExecutor<MeetingAggregate> given = given(history(sessionClosed(1), meetingClosed(1)));
            String closing = eventId(4);
            given.andGiven(withdrawn(closing));
            accepted(given, documentSubmitted("CCM/MSP/2024/11"));
        }
    }

    @Nested
    class PlenarySessions {

        @Test
        void aPlenaryActionNeedsAnOpenSession() {
            refused(given(history(sessionClosed(1))), itemTakenUp(1, "7"),
                    "no plenary session is open: open one before recording agenda-item-taken-up");
        }

        @Test
        void aPlenaryActionNamesTheOpenSession() {
            refused(given(history()), itemTakenUp(2, "7"), "agenda-item-taken-up names plenary session 2 but session 1 is open");
        }

        @Test
        void onlyTheOpenSessionCloses() {
            refused(given(history()), sessionClosed(2), "plenary session 1 is open, not session 2");
            refused(given(history(sessionClosed(1))), sessionClosed(1), "no plenary session is open, so session 1 cannot be closed");
        }

        @Test
        void sessionsDoNotOverlap() {
            refused(given(history()), sessionOpened(2), "plenary session 1 is still open: close it before opening another");
        }

        @Test
        void sessionNumbersGoUp() {
            refused(given(history(sessionClosed(1))), sessionOpened(1),
                    "plenary session numbers go up: session 1 has been held, so session 1 cannot open now");
            accepted(given(history(sessionClosed(1))), sessionOpened(3));
        }

        @Test
        void actionsOutsidePlenaryNeedNoSession() {
            accepted(given(history(sessionClosed(1))), documentSubmitted("CCM/MSP/2024/2"));
        }
    }

    @Nested
    class Agenda {

        @Test
        void anItemOnTheAgendaIsTakenUpAndConcluded() {
            accepted(given(history()), itemTakenUp(1, "7"));
            accepted(given(history(itemTakenUp(1, "7"))), new AgendaItemConcluded(inSession(1), AgendaItemNumber.of("7"), false));
        }

        @Test
        void anItemMustBeOnTheAdoptedAgenda() {
            refused(given(history()), itemTakenUp(1, "12"), "item 12 is not on the adopted agenda");
        }

        @Test
        void noItemIsTakenUpBeforeTheAgendaIsAdopted() {
            refused(given(List.of(ConveningTest.TWELFTH, sessionOpened(1))), itemTakenUp(1, "1"),
                    "no agenda has been adopted, so agenda-item-taken-up cannot name item 1");
        }

        @Test
        void aCorrectedAgendaCountsWithItsCorrectedItems() {
            TestExecutor<MeetingAggregate> given = given(history());
            given.andGiven(corrected(eventId(2), agendaAdopted(1, "1", "2", "7", "12")));
            accepted(given, itemTakenUp(1, "12"));
        }
    }

    @Nested
    class Requests {

        private final ExtensionRequestPresented presented = new ExtensionRequestPresented(inSession(1), StateCode.of("TCD"), ArticleReference.of("4"));
        private final ExtensionRequestGranted granted = grant(inSession(1), "TCD", "4");

        @Test
        void aRequestIsDecidedOnceItHasBeenPresented() {
            accepted(given(history(presented)), granted);
        }

        @Test
        void aRequestNotPresentedCannotBeDecided() {
            refused(given(history(new ExtensionRequestPresented(inSession(1), StateCode.of("DEU"), ArticleReference.of("4")))), granted,
                    "the request TCD article 4 has not been presented: the meeting cannot decide on it yet");
        }

        @Test
        void aWithdrawnPresentationNoLongerCounts() {
            TestExecutor<MeetingAggregate> given = given(history(presented));
            given.andGiven(withdrawn(eventId(3)));
            refused(given, granted, "the request TCD article 4 has not been presented");
        }
    }

    @Nested
    class FinalReport {

        private final ReportAdopted adopted = reportAdopted(inSession(1), "CCM/MSP/2024/11");

        @Test
        void theFinalReportIsAdoptedOnce() {
            accepted(given(history()), adopted);
            TestExecutor<MeetingAggregate> given = given(history(adopted));
            refused(given, adopted, "the final report has already been adopted (event " + eventId(3)
                    + "): correct or withdraw that adoption instead");
        }

        @Test
        void aCorrectedAdoptionStillCounts() {
            TestExecutor<MeetingAggregate> given = given(history(adopted));
            given.andGiven(corrected(eventId(3), reportAdopted(inSession(1), "CCM/MSP/2024/12")));
            refused(given, adopted, "the final report has already been adopted");
        }

        @Test
        void aWithdrawnAdoptionCanBeMadeAgain() {
            TestExecutor<MeetingAggregate> given = given(history(adopted));
            given.andGiven(withdrawn(eventId(3)));
            accepted(given, adopted);
        }
    }

    @Nested
    class Corrections {

        private static final Person SG = new Person("Mr.", "Sami Hassan", null, null, StateCode.of("ZAF"), "his");

        @Test
        void aCorrectionCarriesFactsOfTheSameKind() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1")));
            accepted(given, corrected(eventId(3), documentSubmitted("CCM/MSP/2024/1/Rev.1")));
        }

        @Test
        void aCorrectionOfAnotherKindIsRefused() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1")));
            String target = eventId(3);
            refused(given, corrected(target, new SecretaryGeneralConfirmed(inSession(1), SG, true)),
                    "event " + target + " is a document-submitted: its correction must carry document-submitted facts, not secretary-general-confirmed");
        }

        @Test
        void aCorrectionTargetsARecordedAction() {
            refused(given(history()), corrected("no-such-event", documentSubmitted("X")),
                    "no action of this meeting was recorded as event no-such-event, so it cannot be corrected");
        }

        @Test
        void aWithdrawnActionCannotBeCorrected() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1")));
            String target = eventId(3);
            given.andGiven(withdrawn(target));
            refused(given, corrected(target, documentSubmitted("CCM/MSP/2024/1/Rev.1")),
                    "the document-submitted recorded as event " + target + " has been withdrawn and cannot be corrected");
        }

        @Test
        void aCorrectionCannotTargetACorrection() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1")));
            given.andGiven(corrected(eventId(3), documentSubmitted("CCM/MSP/2024/1/Rev.1")));
            String correction = eventId(4);
            refused(given, corrected(correction, documentSubmitted("CCM/MSP/2024/1/Rev.2")),
                    "no action of this meeting was recorded as event " + correction);
        }

        @Test
        void sessionNumbersAreNotCorrected() {
            TestExecutor<MeetingAggregate> given = given(history());
            String opening = eventId(1);
            refused(given, corrected(opening, sessionOpened(2)), "cannot be corrected: plenary sessions keep their numbers");
        }
    }

    @Nested
    class Withdrawals {

        @Test
        void aStandingActionIsWithdrawn() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1")));
            accepted(given, withdrawn(eventId(3)));
        }

        @Test
        void aWithdrawalTargetsARecordedAction() {
            refused(given(history()), withdrawn("no-such-event"),
                    "no action of this meeting was recorded as event no-such-event, so it cannot be withdrawn");
        }

        @Test
        void anActionIsWithdrawnOnce() {
            TestExecutor<MeetingAggregate> given = given(history(documentSubmitted("CCM/MSP/2024/1")));
            String target = eventId(3);
            given.andGiven(withdrawn(target));
            refused(given, withdrawn(target), "the document-submitted recorded as event " + target + " has already been withdrawn");
        }

        @Test
        void theConveningIsNotWithdrawn() {
            TestExecutor<MeetingAggregate> given = given(history());
            refused(given, withdrawn(eventId(0)), "the convening of the meeting cannot be withdrawn; correct its facts instead");
        }

        @Test
        void sessionsAreNotWithdrawn() {
            TestExecutor<MeetingAggregate> given = given(history(sessionClosed(1), sessionOpened(2)));
            refused(given, withdrawn(eventId(4)), "cannot be withdrawn: plenary sessions keep their numbers");
        }
    }

    @Nested
    class Moments {

        @Test
        void aPlenaryActionWithoutSessionIsInTheOpenSession() {
            given(history()).when(record(new org.rapporteur.events.agenda.AgendaItemTakenUp(MeetingMoment.outsidePlenary(FIRST_DAY), AgendaItemNumber.of("7"))))
                    .expectEvents(itemTakenUp(1, "7"));
        }

        @Test
        void anActionWithoutMomentHappenedTodayInTheOpenSession() {
            given(history()).when(record(new org.rapporteur.events.agenda.AgendaItemTakenUp(null, AgendaItemNumber.of("7"))))
                    .expectEvents(new org.rapporteur.events.agenda.AgendaItemTakenUp(MeetingMoment.inPlenary(1, TODAY), AgendaItemNumber.of("7")));
        }

        @Test
        void anActionOutsidePlenaryKeepsItsMoment() {
            accepted(given(history()), documentSubmitted("CCM/MSP/2024/3"));
        }
    }

    @Nested
    class RetriesAndVersions {

        /** Retries are answered before the meeting is loaded (RepeatedCommandsTest); the meeting keeps no command ids. */
        @Test
        void theMeetingJudgesEveryCommandItIsGivenAsNew() {
            given(history()).andGiven(List.of(new GenericDomainEventMessage<>("MeetingAggregate", MEETING, 3,
                            documentSubmitted("CCM/MSP/2024/2"), MetaData.with(LoggingMetadata.COMMAND_ID, "c-7"))))
                    .when(new RecordAction(MEETING, "c-7", null, documentSubmitted("CCM/MSP/2024/3")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(documentSubmitted("CCM/MSP/2024/3"));
        }

        @Test
        void theEventCarriesItsCommandId() {
            given(history()).when(new RecordAction(MEETING, "c-8", null, itemTakenUp(1, "7")))
                    .expectEvents(GenericEventMessage.asEventMessage(itemTakenUp(1, "7"))
                            .withMetaData(MetaData.with(LoggingMetadata.COMMAND_ID, "c-8")
                                    .and(CommandDigest.METADATA_KEY, CommandDigest.of(itemTakenUp(1, "7")))));
        }

        @Test
        void theLastSequenceNumberIsTheExpectedVersion() {
            given(history()).when(new RecordAction(MEETING, "c-8", 2L, itemTakenUp(1, "7")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(itemTakenUp(1, "7"));
        }

        @Test
        void aStaleExpectedVersionConflicts() {
            given(history()).when(new RecordAction(MEETING, "c-8", 1L, itemTakenUp(1, "7")))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void anExpectedVersionAheadOfTheMeetingConflicts() {
            given(history()).when(new RecordAction(MEETING, "c-8", 9L, itemTakenUp(1, "7")))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }
    }

    private static MeetingConvened withMoment(MeetingConvened convened, MeetingMoment moment) {
        return new MeetingConvened(moment, convened.profile(), convened.convention(), convened.ordinal(), convened.meetingKind(),
                convened.venue(), convened.startsOn(), convened.endsOn(), convened.symbolPrefix(), convened.mandate(),
                convened.scheduledBy(), convened.convenedUnder());
    }
}
