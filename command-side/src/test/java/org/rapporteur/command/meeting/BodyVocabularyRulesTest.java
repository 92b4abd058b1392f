package org.rapporteur.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.credentials.CredentialsReportApproved;
import org.rapporteur.events.decisions.ConsiderationDeferred;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.experts.ExpertBodyMembersElected;
import org.rapporteur.events.experts.ExpertMember;
import org.rapporteur.events.finance.BudgetApproved;
import org.rapporteur.events.finance.Money;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.membership.AttendanceRecorded;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.membership.ParticipationCategoriesAmended;
import org.rapporteur.events.membership.ParticipationCategory;
import org.rapporteur.events.officers.ActingOfficerDesignated;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.events.officers.TermOfOffice;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.StatementKind;
import org.rapporteur.events.subsidiary.Chair;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyKind;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;

/** Given a meeting of a body with its profile, when an action of the any-body vocabulary is logged, then the rules accept or refuse it. */
class BodyVocabularyRulesTest {

    static final String MEETING = "test-cop-3";
    static final LocalDate DAY = LocalDate.of(2025, 5, 5);
    static final MeetingMoment IN_SESSION = MeetingMoment.inPlenary(1, DAY);

    private FixtureConfiguration<MeetingAggregate> fixture;

    /** A fresh fixture for each given, so one test can try several actions on the same history. */
    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingAggregate.class);
        fixture.registerCommandTargetResolver(new MeetingCommandTargets());
        fixture.registerInjectableResource(new TestBodies());
        fixture.registerInjectableResource(new MeetingCalendar(Clock.fixed(DAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
    }

    static MeetingConvened convened(String profile) {
        return new MeetingConvened(MeetingMoment.outsidePlenary(DAY.minusMonths(6)), profile, null, 3,
                "Conference of the Parties", new MeetingConvened.Venue("Nairobi", "KEN"), DAY, DAY.plusDays(4),
                "TEST/COP.3", null, null, null);
    }

    private TestExecutor<MeetingAggregate> given(Object... events) {
        setUp();
        List<Object> all = new ArrayList<>(List.of(convened("test-cop"), new PlenarySessionOpened(IN_SESSION, 1),
                new AgendaAdopted(IN_SESSION, DocumentSymbol.of("TEST/COP.3/1"), List.of(new AgendaItem(AgendaItemNumber.of("1"), "Opening", null),
                        new AgendaItem(AgendaItemNumber.of("2"), "Organizational matters", null), new AgendaItem(AgendaItemNumber.of("7"), "Budget", null)))));
        all.addAll(Arrays.asList(events));
        return fixture.given(all);
    }

    private static RecordAction record(MeetingEvent action) {
        return new RecordAction(MEETING, null, null, action);
    }

    private void refused(TestExecutor<MeetingAggregate> given, MeetingEvent action, String reason) {
        given.when(record(action)).expectException(MeetingRuleViolated.class)
                .expectExceptionMessage(containsString(reason)).expectNoEvents();
    }

    private void accepted(TestExecutor<MeetingAggregate> given, MeetingEvent action) {
        given.when(record(action)).expectSuccessfulHandlerExecution().expectEvents(action);
    }

    static Holder person(String name, String state, String region) {
        return new Holder(new Person("Mr.", name, null, null, StateCode.of(state), null), null, region);
    }

    static Holder state(String code) {
        return new Holder(null, StateCode.of(code), null);
    }

    static OfficersElected elected(String office, ElectionMode mode, List<Ballot> ballots, Holder... holders) {
        return new OfficersElected(IN_SESSION, office, Arrays.stream(holders).map(h -> new ElectedOfficer(h, null)).toList(),
                mode, ballots, null, null);
    }

    static Ballot ballot(int cast, int invalid, int first, int second) {
        return new Ballot(1, cast, invalid, 0, null, List.of(new Ballot.Candidate(state("KEN"), first),
                new Ballot.Candidate(state("GHA"), second)));
    }

    static SubsidiaryBodyEstablished workingBody(String key) {
        return new SubsidiaryBodyEstablished(IN_SESSION, key, SubsidiaryBodyKind.CONTACT_GROUP, "Contact group on the budget",
                List.of(new Chair(person("A. Chair", "NOR", null), Chair.Role.CO_CHAIR)), List.of(AgendaItemNumber.of("7")), null, null, true);
    }

    static VoteRecorded vote(String on, int yes, List<StateCode> inFavour, VoteRecorded.Result result) {
        return new VoteRecorded(IN_SESSION, on, null, VoteRecorded.Method.RECORDED, yes, 1, 0, inFavour, StateCode.list("USA"),
                List.of(), null, result);
    }

    static NumberedDecisionAdopted decision(String number, Adoption adoption) {
        return new NumberedDecisionAdopted(IN_SESSION, number, "Budget", AgendaItemNumber.of("7"), null, List.of("Approves the budget."),
                null, null, adoption, null, false, false, null);
    }

    @Nested
    class Convening {
        @Test
        void aMeetingIsConvenedAsASessionOfAKnownBody() {
            fixture.givenNoPriorActivity().when(new ConveneMeeting(MEETING, null, convened("test-cop")))
                    .expectSuccessfulHandlerExecution().expectEvents(convened("test-cop"));
        }

        @Test
        void aProfileNoOneHasWrittenIsRefused() {
            fixture.givenNoPriorActivity().when(new ConveneMeeting(MEETING, null, convened("atlantis")))
                    .expectException(MeetingRuleViolated.class)
                    .expectExceptionMessage(containsString("no body profile 'atlantis'")).expectNoEvents();
        }
    }

    @Nested
    class Officers {
        @Test
        void anElectionIsToAnOfficeOfTheBody() {
            refused(given(), elected("chancellor", ElectionMode.ACCLAMATION, null, person("B. Ode", "KEN", "african")),
                    "chancellor is not an office of test-cop");
            accepted(given(), elected("president", ElectionMode.ACCLAMATION, null, person("B. Ode", "KEN", "african")));
        }

        @Test
        void anActingOfficerActsInAnOfficeOfTheBody() {
            refused(given(), new ActingOfficerDesignated(IN_SESSION, "doyen", state("KEN"),
                    ActingOfficerDesignated.Capacity.ACTING, null, true, null), "doyen is not an office");
        }

        @Test
        void anOfficerIsAPersonOrAStateNotBoth() {
            Holder both = new Holder(new Person(null, "B. Ode", null, null, StateCode.of("KEN"), null), StateCode.of("KEN"), null);
            refused(given(), elected("rapporteur", ElectionMode.ACCLAMATION, null, both), "exactly one of person and state");
        }

        @Test
        void theRegionIsOneOfTheBodysGroups() {
            refused(given(), elected("vice-president", ElectionMode.ACCLAMATION, null, person("B. Ode", "KEN", "atlantis")),
                    "atlantis is not a regional group of test-cop");
        }

        @Test
        void aTermEndsAtAKindOfSessionTheBodyHolds() {
            OfficersElected split = new OfficersElected(IN_SESSION, "president", List.of(
                    new ElectedOfficer(person("B. Ode", "KEN", null), new TermOfOffice(null, new SessionRef("summit", 4), null, null, "first half"))),
                    ElectionMode.ACCLAMATION, null, null, null);
            refused(given(), split, "summit is not a kind of session of test-cop");
            OfficersElected halves = new OfficersElected(IN_SESSION, "president", List.of(
                    new ElectedOfficer(person("B. Ode", "KEN", null), new TermOfOffice(null, new SessionRef("session", 4), null, null, "first half")),
                    new ElectedOfficer(person("C. Lee", "GHA", null), new TermOfOffice(new SessionRef("session", 4), new SessionRef("session", 5), null, null, "second half"))),
                    ElectionMode.ACCLAMATION, null, null, null);
            accepted(given(), halves);
        }

        @Test
        void anElectionsBallotsAddUpAndNameTheElected() {
            refused(given(), elected("president", ElectionMode.SECRET_BALLOT, List.of(ballot(92, 2, 60, 30)), state("FRA")),
                    "the elected FRA is not a candidate on the last ballot");
            accepted(given(), elected("president", ElectionMode.SECRET_BALLOT, null, state("KEN")));
            refused(given(), elected("president", ElectionMode.SECRET_BALLOT, List.of(ballot(100, 2, 60, 30)), state("KEN")),
                    "100 ballots cast but the votes, invalid ballots and abstentions add up to 92");
            refused(given(), elected("president", ElectionMode.ACCLAMATION, List.of(ballot(92, 2, 60, 30)), state("KEN")),
                    "has no ballots");
            accepted(given(), elected("president", ElectionMode.SECRET_BALLOT, List.of(ballot(92, 2, 60, 30)), state("KEN")));
        }

        @Test
        void aRotationGoesToARegionOfTheBodyForOneOfItsSessions() {
            refused(given(), new RotationUnderstandingRecorded(IN_SESSION, "president", new SessionRef("session", 4), null, null),
                    "exactly one of region and state");
            accepted(given(), new RotationUnderstandingRecorded(IN_SESSION, "president", new SessionRef("session", 4), "asia-pacific", null));
        }

        @Test
        void expertBodyMembersElectedByRegionNameOneOfTheBodysRegions() {
            ExpertBodyMembersElected noRegion = new ExpertBodyMembersElected(IN_SESSION, "Compliance Committee",
                    List.of(new ExpertMember(person("D. Dee", "FJI", null), null, null, false)), ElectionMode.ACCLAMATION);
            accepted(given(), noRegion);
            refused(given(), new ExpertBodyMembersElected(IN_SESSION, "Compliance Committee",
                    List.of(new ExpertMember(person("D. Dee", "FJI", "oceania"), null, null, false)), ElectionMode.ACCLAMATION),
                    "members[0].member.region");
            accepted(given(), new ExpertBodyMembersElected(IN_SESSION, "Compliance Committee",
                    List.of(new ExpertMember(person("D. Dee", "FJI", "asia-pacific"), StateCode.of("FJI"),
                            new TermOfOffice(new SessionRef("session", 4), new SessionRef("session", 6), null, null, null), false)),
                    ElectionMode.ACCLAMATION));
        }
    }

    @Nested
    class Membership {
        @Test
        void participantsAreAdmittedUnderACategoryOfTheBodyAsAmended() {
            ParticipantsAdmitted press = new ParticipantsAdmitted(IN_SESSION, "press", StateCode.list("FRA"), null);
            refused(given(), press, "press is not a participation category of test-cop");
            ParticipationCategoriesAmended amended = new ParticipationCategoriesAmended(IN_SESSION,
                    List.of(new ParticipationCategory("press", "Accredited press", "7.2")), null);
            accepted(given(amended), press);
        }

        @Test
        void anAmendmentRemovesOnlyExistingCategoriesAndAddsOnlyNewOnes() {
            refused(given(), new ParticipationCategoriesAmended(IN_SESSION, null, List.of("press")), "press is not a participation category");
            refused(given(), new ParticipationCategoriesAmended(IN_SESSION,
                    List.of(new ParticipationCategory("parties", "Parties", "1")), null), "already a participation category");
            ParticipationCategoriesAmended removal = new ParticipationCategoriesAmended(IN_SESSION, null, List.of("organisations"));
            refused(given(removal), new ParticipantsAdmitted(IN_SESSION, "organisations", StateCode.list("FRA"), null), "organisations is not");
        }

        @Test
        void anObserverStatusIsConfirmedForAFixedCategoryOrOneOfTheBodysOwn() {
            accepted(given(), new ObserverStatusConfirmed(IN_SESSION, ParticipantCategory.OTHER_ORGANISATION, null, true));
            accepted(given(), new ObserverStatusConfirmed(IN_SESSION, null, "organisations", true));
            refused(given(), new ObserverStatusConfirmed(IN_SESSION, null, "press", false),
                    "bodyCategory: press is not a participation category of test-cop");
            refused(given(), new ObserverStatusConfirmed(IN_SESSION, ParticipantCategory.OTHER_ORGANISATION, "organisations", false),
                    "not both and not neither");
            refused(given(), new ObserverStatusConfirmed(IN_SESSION, null, null, false), "not both and not neither");
        }

        @Test
        void aSecretariatMemberServesInARoleOrInAnOfficeOfTheBody() {
            org.rapporteur.events.Person ada = new org.rapporteur.events.Person("Ms", "Ada Example", null, null, null, null);
            accepted(given(), new org.rapporteur.events.officers.SecretariatMemberServed(IN_SESSION, ada,
                    org.rapporteur.events.officers.SecretariatRole.SECRETARY_OF_THE_MEETING, null));
            accepted(given(), new org.rapporteur.events.officers.SecretariatMemberServed(IN_SESSION, ada, null, "president"));
            refused(given(), new org.rapporteur.events.officers.SecretariatMemberServed(IN_SESSION, ada, null, "treasurer"),
                    "office: ");
            refused(given(), new org.rapporteur.events.officers.SecretariatMemberServed(IN_SESSION, ada, null, null),
                    "not both and not neither");
        }

        @Test
        void attendanceIsNoMoreThanTheMembers() {
            refused(given(), new AttendanceRecorded(IN_SESSION, 180, 183, StateCode.list("TUV", "NRU", "PLW", "KIR")),
                    "180 present and 4 absent are more than the 183 members");
            accepted(given(), new AttendanceRecorded(IN_SESSION, 179, 183, StateCode.list("TUV", "NRU", "PLW", "KIR")));
        }
    }

    @Nested
    class WorkingBodies {
        @Test
        void aWorkingBodyReportsOnlyOnceEstablished() {
            SubsidiaryBodyReported report = new SubsidiaryBodyReported(IN_SESSION, "budget", DocumentSymbol.of("TEST/COP.3/CRP.1"), false, null, null);
            refused(given(), report, "no working body budget has been established");
            accepted(given(workingBody("budget")), report);
        }

        @Test
        void aStandingBodyOfTheProfileReportsWithoutBeingEstablishedAndIsNotEstablishedAgain() {
            SubsidiaryBodyReported report = new SubsidiaryBodyReported(IN_SESSION, "open-ended-working-group",
                    DocumentSymbol.of("TEST/COP.3/4"), false, null, null);
            accepted(given(), report);
            accepted(given(), new CredentialsExamined(IN_SESSION, "open-ended-working-group", null, 150, 140, 10, null));
            refused(given(), workingBody("open-ended-working-group"), "open-ended-working-group is a standing body of test-cop");
            refused(given(), new SubsidiaryBodyReported(IN_SESSION, "budget", null, true, null, null),
                    "nor is it a standing body of the profile (open-ended-working-group)");
        }

        @Test
        void aKeyIsEstablishedOnce() {
            refused(given(workingBody("budget")), workingBody("budget"), "already been established");
        }

        @Test
        void thePlenaryActsOnAReportOncePresented() {
            SubsidiaryBodyReportActedOn acted = new SubsidiaryBodyReportActedOn(IN_SESSION, "budget", SubsidiaryBodyReportActedOn.Action.TOOK_NOTE);
            refused(given(workingBody("budget")), acted, "has not reported");
            accepted(given(workingBody("budget"), new SubsidiaryBodyReported(IN_SESSION, "budget", null, true, null, null)), acted);
        }

        @Test
        void aWithdrawnEstablishmentNoLongerCounts() {
            TestExecutor<MeetingAggregate> given = given(workingBody("budget"));
            String established = fixture.getEventStore().readEvents(MEETING).asStream()
                    .filter(m -> m.getSequenceNumber() == 3).findFirst().orElseThrow().getIdentifier();
            refused(given.andGiven(new ActionWithdrawn(IN_SESSION, established, "logged in error")),
                    new SubsidiaryBodyReported(IN_SESSION, "budget", null, true, null, null), "no working body budget");
        }
    }

    @Nested
    class Credentials {
        @Test
        void credentialsAreExaminedByAnEstablishedBodyOrTheBureau() {
            CredentialsExamined byCommittee = new CredentialsExamined(IN_SESSION, "credentials", null, 150, 140, 10, null);
            refused(given(), byCommittee, "no working body credentials has been established");
            accepted(given(), new CredentialsExamined(IN_SESSION, "bureau", null, 150, 140, 10, null));
        }

        @Test
        void inOrderAndProvisionalAreAmongThoseReceived() {
            refused(given(), new CredentialsExamined(IN_SESSION, "bureau", null, 150, 145, 10, null),
                    "more than the 150 credentials received");
        }

        @Test
        void theReportIsApprovedAfterTheExamination() {
            CredentialsReportApproved approved = new CredentialsReportApproved(IN_SESSION, null, Adoption.CONSENSUS);
            refused(given(), approved, "no credentials-examined has been recorded");
            accepted(given(new CredentialsExamined(IN_SESSION, "bureau", null, 150, 140, 10, null)), approved);
        }
    }

    @Nested
    class Decisions {
        @Test
        void aRecordedVotesCountsEqualItsLists() {
            refused(given(), vote("TEST/COP.3/L.1", 3, StateCode.list("KEN", "GHA"), VoteRecorded.Result.ADOPTED),
                    "inFavour: the count is 3 but 2 States are listed");
            refused(given(), new VoteRecorded(IN_SESSION, "L.1", null, VoteRecorded.Method.RECORDED, 2, 1, 0, null, null, null,
                    null, VoteRecorded.Result.ADOPTED), "lists the States in favour");
            refused(given(), vote("L.1", 2, StateCode.list("KEN", "USA"), VoteRecorded.Result.ADOPTED), "USA is listed twice");
            accepted(given(), vote("L.1", 2, StateCode.list("KEN", "GHA"), VoteRecorded.Result.ADOPTED));
        }

        @Test
        void aSecretBallotNamesNoOne() {
            refused(given(), new VoteRecorded(IN_SESSION, "L.1", null, VoteRecorded.Method.SECRET_BALLOT, 2, 1, 0,
                    StateCode.list("KEN", "GHA"), null, null, null, VoteRecorded.Result.ADOPTED), "names no one");
        }

        @Test
        void aDecisionByVoteFollowsTheVoteThatAdoptedIt() {
            refused(given(), decision("3/7", Adoption.VOTE), "no vote-recorded on 3/7");
            refused(given(vote("3/7", 2, StateCode.list("KEN", "GHA"), VoteRecorded.Result.REJECTED)), decision("3/7", Adoption.VOTE),
                    "no vote-recorded on 3/7");
            accepted(given(vote("3/7", 2, StateCode.list("KEN", "GHA"), VoteRecorded.Result.ADOPTED)), decision("3/7", Adoption.VOTE));
            accepted(given(), decision("3/7", Adoption.CONSENSUS));
        }

        @Test
        void aDecisionsNumberIsAdoptedOnce() {
            refused(given(decision("3/7", Adoption.CONSENSUS)), decision("3/7", Adoption.CONSENSUS),
                    "decision 3/7 has already been adopted");
            refused(given(decision("3/7", Adoption.CONSENSUS)), decision(" 3/7 ", Adoption.CONSENSUS), "already been adopted");
            accepted(given(decision("3/7", Adoption.CONSENSUS)), decision("3/8", Adoption.CONSENSUS));
        }

        @Test
        void aDeferralNamesAnItemOfTheAgenda() {
            refused(given(), new ConsiderationDeferred(IN_SESSION, AgendaItemNumber.of("12"), null, new SessionRef("session", 4)),
                    "item 12 is not on the adopted agenda");
            refused(given(), new ConsiderationDeferred(IN_SESSION, AgendaItemNumber.of("7"), null, new SessionRef("summit", 4)),
                    "summit is not a kind of session");
            accepted(given(), new ConsiderationDeferred(IN_SESSION, AgendaItemNumber.of("7"), "the scale of assessments", new SessionRef("session", 4)));
        }

        @Test
        void anActionNamingAnItemNamesOneOnTheAgenda() {
            StatementDelivered statement = new StatementDelivered(IN_SESSION, new Speaker(null, "African Group", null, null),
                    null, null, 1, AgendaItemNumber.of("9"), StatementKind.UNDER_ITEM, null);
            refused(given(), statement, "item 9 is not on the adopted agenda");
        }

        @Test
        void aSpeakerIsOneStateGroupOrganisationOrPerson() {
            refused(given(), new StatementDelivered(IN_SESSION, new Speaker(StateCode.of("KEN"), "African Group", null, null), null, null,
                    1, null, StatementKind.GENERAL_DEBATE, null), "exactly one of state, group, organisation and person");
        }
    }

    @Nested
    class Money {
        @Test
        void aBudgetsLinesAddUpToItsTotalInItsCurrency() {
            org.rapporteur.events.finance.Money total = new org.rapporteur.events.finance.Money(new BigDecimal("1000000"), "USD");
            refused(given(), new BudgetApproved(IN_SESSION, "2026-2027", total, List.of(
                    new BudgetApproved.Line("Secretariat", new org.rapporteur.events.finance.Money(new BigDecimal("600000"), "USD")),
                    new BudgetApproved.Line("Meetings", new org.rapporteur.events.finance.Money(new BigDecimal("300000"), "USD"))),
                    "3/7", null), "the lines add up to 900000 USD, not the total of 1000000");
            refused(given(), new BudgetApproved(IN_SESSION, "2026", total, List.of(
                    new BudgetApproved.Line("Secretariat", new org.rapporteur.events.finance.Money(new BigDecimal("1000000"), "EUR"))),
                    null, null), "is in EUR, the total in USD");
        }
    }

    @Nested
    class NextSession {
        @Test
        void theNextSessionIsDecidedWithDatesAVenueOrADelegation() {
            refused(given(), new NextSessionDecided(IN_SESSION, new SessionRef("session", 4), null, null, null, null, null),
                    "its dates, its venue, or whom");
            refused(given(), new NextSessionDecided(IN_SESSION, new SessionRef("session", 4), DAY.plusYears(2), DAY.plusYears(1),
                    null, null, null), "must start on or before");
            accepted(given(), new NextSessionDecided(IN_SESSION, new SessionRef("session", 4), null, null, null, null,
                    NextSessionDecided.Delegate.BUREAU));
        }

        @Test
        void theNextSessionIsHeldOnDatesOrDuringTheWeekOfADateNotBoth() {
            accepted(given(), new NextSessionDecided(IN_SESSION, new SessionRef("session", 4), null, null, DAY.plusYears(1),
                    null, null));
            refused(given(), new NextSessionDecided(IN_SESSION, new SessionRef("session", 4), DAY.plusYears(1), null,
                    DAY.plusYears(1), null, null), "not both");
        }

        @Test
        void laterSessionsNamedByThePresidencyAndCostsAreOfKindsTheBodyHolds() {
            refused(given(), new org.rapporteur.events.officers.ReviewConferencePresidencyDecided(IN_SESSION,
                    new SessionRef("review_conference", 3), 2026, StateCode.of("LAO")), "conference.kind: review_conference is not a kind of session of test-cop");
            refused(given(), new org.rapporteur.events.officers.NextPresidentElected(IN_SESSION,
                    new org.rapporteur.events.Person(null, "B. Ode", null, null, StateCode.of("KEN"), null), new SessionRef("summit", 4), 2026, null),
                    "of.kind: summit is not a kind of session of test-cop");
            accepted(given(), new org.rapporteur.events.officers.NextPresidentElected(IN_SESSION,
                    new org.rapporteur.events.Person(null, "B. Ode", null, null, StateCode.of("KEN"), null), new SessionRef("session", 4), 2026, null));
            refused(given(), new org.rapporteur.events.decisions.EstimatedCostsAdopted(IN_SESSION, new SessionRef("summit", 4),
                    DocumentSymbol.of("X/2025/8"), false, null, null), "meeting.kind: summit");
        }
    }

    @Nested
    class MarksInAdoptedWording {

        private NumberedDecisionAdopted worded(String text) {
            return new NumberedDecisionAdopted(IN_SESSION, "4/1", "Dates", AgendaItemNumber.of("7"), null, List.of(text),
                    null, null, Adoption.CONSENSUS, null, false, false, null);
        }

        @Test
        void aSessionOfTheBodyIsNamedByTheProfilesKindsOfSession() {
            accepted(given(), worded("Decides that the {session:5} will consider {states} and the {Session:extraordinary-session:2}"));
            refused(given(), worded("Recalls the {session:summit:3}"),
                    "operativeText[0]: {session:summit:3} names summit is not a kind of session of test-cop");
            refused(given(), worded("Recalls the {session:third}"), "names a session by its number");
        }

        @Test
        void anUnknownMarkIsRefusedNamingTheMarksThereAre() {
            refused(given(), worded("Welcomes {chair}"), "operativeText[0]: {chair} is not a mark the report writes out");
            refused(given(), worded("Welcomes {states:KEN}"), "takes nothing after its name");
            refused(given(), worded("Recalls {fn:}"), "needs what it names after a colon");
        }

        @Test
        void theCcmsFirstMarksForItsSessionsAreRefusedWithTheMarkToWrite() {
            refused(given(), worded("Thanks the President of the {msp:11}"), "{msp:11} is no longer written: use {session:11}");
            refused(given(), worded("since the {rc:2}"), "use {session:review-conference:2}");
            refused(given(), worded("the {MSP:12}"), "use {Session:12}");
        }
    }
}
