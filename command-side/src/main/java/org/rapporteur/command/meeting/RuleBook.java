package org.rapporteur.command.meeting;

import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.OptionalAgendaItem;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.RequestDecision;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.credentials.CredentialsReportApproved;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.experts.ExpertBodyMembersElected;
import org.rapporteur.events.finance.BudgetApproved;
import org.rapporteur.events.finance.ContributionPledged;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.membership.AttendanceRecorded;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.membership.ParticipationCategoriesAmended;
import org.rapporteur.events.decisions.ConsiderationDeferred;
import org.rapporteur.events.officers.ActingOfficerDesignated;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.events.statements.CourtesiesExpressed;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.WrittenStatementCirculated;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;

import org.rapporteur.facts.FactFields;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The meeting's rules in the secretariat's words, with the kinds each applies to: what docs/vocabulary.md lists
 * under every kind. Every rule of {@link MeetingRule#ALL} has its entry here (tested), and the convening's own.
 */
public final class RuleBook {

    /** One rule: its name (as in refusals), what it asks, and which kinds of action it judges. */
    public record Entry(String rule, String asks, Predicate<Class<? extends MeetingEvent>> judges) {
    }

    private static Predicate<Class<? extends MeetingEvent>> any(Class<?>... kinds) {
        return type -> Stream.of(kinds).anyMatch(k -> k.isAssignableFrom(type));
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("ProfileMustBeKnown", "the body's profile named at convening is known", any(MeetingConvened.class)),
            new Entry(MeetingMustBeOpenForRecording.class.getSimpleName(),
                    "the meeting is convened and not closed (after closure only "
                            + String.join(", ", Actions.recordedAfterClosing()) + ")",
                    type -> type != MeetingConvened.class),
            new Entry(PlenarySessionsDoNotOverlap.class.getSimpleName(), "no other plenary session is open",
                    any(PlenarySessionOpened.class)),
            new Entry(SessionNumbersGoUp.class.getSimpleName(), "its number is above those of earlier sessions",
                    any(PlenarySessionOpened.class)),
            new Entry(PlenarySessionMustBeOpen.class.getSimpleName(),
                    "needs an open plenary session, and names it (the open one is assumed when none is given)",
                    any(PlenaryAction.class, PlenarySessionClosed.class)),
            new Entry(AgendaItemMustExist.class.getSimpleName(), "names an item of the adopted agenda",
                    any(ConcernsAgendaItem.class)),
            new Entry(RequestMustBePresentedBeforeDecision.class.getSimpleName(),
                    "needs the request presented first", any(RequestDecision.class)),
            new Entry(FinalReportAdoptedOnce.class.getSimpleName(), "the report is adopted once",
                    any(FinalReportAdoption.class)),
            new Entry(MeetingEndsOnOrAfterItStarts.class.getSimpleName(), "the meeting ends on or after the day it starts",
                    any(MeetingConvened.class)),
            new Entry(PlenarySessionWithinMeetingDates.class.getSimpleName(),
                    "the session is dated within the meeting's dates, as last changed", any(PlenarySessionOpened.class)),
            new Entry(MeetingNotClosedDuringSession.class.getSimpleName(),
                    "no plenary session is open when the meeting closes", any(org.rapporteur.events.meeting.MeetingClosed.class)),
            new Entry(ItemNotTakenUpTwice.class.getSimpleName(),
                    "the item is not already under consideration", any(org.rapporteur.events.agenda.AgendaItemTakenUp.class)),
            new Entry(ActionsKeepWhatTheyStandOn.class.getSimpleName(),
                    "no recorded action stands on what is withdrawn or corrected away (a presentation a grant needs, "
                            + "an agenda item or a session actions sit in)", any(ActionCorrected.class, ActionWithdrawn.class)),
            new Entry(NamedAgendaItemMustExist.class.getSimpleName(),
                    "an agenda item, when named, is on the adopted agenda", any(OptionalAgendaItem.class)),
            new Entry(OfficeMustBeTheBodys.class.getSimpleName(), "the office is one of the body's offices (its profile)",
                    any(OfficersElected.class, ActingOfficerDesignated.class, RotationUnderstandingRecorded.class,
                            org.rapporteur.events.officers.SecretariatMemberServed.class)),
            new Entry(SecretariatServesInOneCapacity.class.getSimpleName(),
                    "a member of the secretariat serves in a role or in one of the body's offices, one of the two",
                    any(org.rapporteur.events.officers.SecretariatMemberServed.class)),
            new Entry(HolderIsAPersonOrAState.class.getSimpleName(), "each holder is a person or a State, not both",
                    any(OfficersElected.class, ActingOfficerDesignated.class, SubsidiaryBodyEstablished.class,
                            SubsidiaryBodyReported.class, ExpertBodyMembersElected.class)),
            new Entry(RegionMustBeTheBodys.class.getSimpleName(),
                    "a region named is one of the body's regional groups; a rotation names a region or a State",
                    any(OfficersElected.class, ActingOfficerDesignated.class, SubsidiaryBodyEstablished.class,
                            SubsidiaryBodyReported.class, ExpertBodyMembersElected.class, RotationUnderstandingRecorded.class)),
            new Entry(SessionKindMustBeTheBodys.class.getSimpleName(),
                    "another session named is of a kind the body holds (session, or one of its other sessions)",
                    any(OfficersElected.class, RotationUnderstandingRecorded.class, ExpertBodyMembersElected.class,
                            ConsiderationDeferred.class, NextSessionDecided.class,
                            org.rapporteur.events.officers.NextPresidentElected.class,
                            org.rapporteur.events.officers.ReviewConferencePresidencyDecided.class,
                            org.rapporteur.events.decisions.EstimatedCostsAdopted.class,
                            org.rapporteur.events.meeting.IntersessionalMeetingsDecided.class,
                            org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed.class)),
            new Entry(PlaceholdersMustBeKnown.class.getSimpleName(),
                    "every mark in braces in its wording is one the report writes out; {session:N} and {session:KIND:N} name the body's sessions",
                    RuleBook::hasWording),
            new Entry(BallotsMatchTheElection.class.getSimpleName(),
                    "no ballots by acclamation; ballots add up to the ballots cast and name the elected",
                    any(OfficersElected.class)),
            new Entry(SpeakerIsOne.class.getSimpleName(), "each speaker is one State, group, organisation or person",
                    any(StatementDelivered.class, WrittenStatementCirculated.class, ContributionPledged.class,
                            CourtesiesExpressed.class)),
            new Entry(ParticipationCategoryMustBeTheBodys.class.getSimpleName(),
                    "the category is the body's (as amended at the meeting); amendments add new and remove existing ones;"
                            + " an observer status names a fixed category or one of the body's",
                    any(ParticipantsAdmitted.class, ParticipationCategoriesAmended.class,
                            org.rapporteur.events.participation.ObserverStatusConfirmed.class)),
            new Entry(RecordedVoteCountsEqualLists.class.getSimpleName(),
                    "a recorded or roll-call vote lists the States and its counts equal the lists; a secret ballot names no one",
                    any(VoteRecorded.class)),
            new Entry(DecisionNumberedOnce.class.getSimpleName(),
                    "a decision's number is adopted once at the meeting (a wrong adoption is corrected or withdrawn)",
                    any(NumberedDecisionAdopted.class)),
            new Entry(DecisionByVoteFollowsItsVote.class.getSimpleName(),
                    "adopted by vote only after a vote-recorded on its number (or draft) adopted it",
                    any(NumberedDecisionAdopted.class)),
            new Entry(WorkingBodyMustBeEstablished.class.getSimpleName(),
                    "the working body is established (once) before it reports or examines credentials; its report is presented before the plenary acts on it",
                    any(SubsidiaryBodyEstablished.class, SubsidiaryBodyReported.class, SubsidiaryBodyReportActedOn.class,
                            CredentialsExamined.class)),
            new Entry(CredentialsAddUp.class.getSimpleName(),
                    "in order plus provisional is no more than received; approval needs the credentials examined",
                    any(CredentialsExamined.class, CredentialsReportApproved.class)),
            new Entry(CountsAddUp.class.getSimpleName(),
                    "present plus absent is no more than the members; budget lines add up to the total in its currency; a next session has dates (or the week of a date, not both), a venue or a delegate",
                    any(AttendanceRecorded.class, BudgetApproved.class, NextSessionDecided.class)),
            new Entry(TranslationsInTheBodysLanguages.class.getSimpleName(),
                    "the language is one of the body's other than the one the meeting is recorded in; each text is rendered once per action, neither it nor its rendering blank",
                    any(org.rapporteur.events.languages.TextsTranslated.class)),
            new Entry(CorrectionMustTargetAnAction.class.getSimpleName(),
                    "corrects a recorded action that stands, with facts of the same kind", any(ActionCorrected.class)),
            new Entry(WithdrawalMustTargetAnAction.class.getSimpleName(), "withdraws a recorded action that stands",
                    any(ActionWithdrawn.class)));

    private RuleBook() {
    }

    /** A kind with text among its facts (at any depth), where a mark in braces could be written. */
    static boolean hasWording(Class<?> kind) {
        return FactFields.anyWithin(kind, type -> type == String.class);
    }

    /** The entries of the rules that judge this kind. */
    public static List<Entry> judging(Class<? extends MeetingEvent> kind) {
        return ENTRIES.stream().filter(e -> e.judges().test(kind)).toList();
    }

    /** The names of the rules the meeting checks, in order, for the completeness test. */
    static List<String> checked() {
        return MeetingRule.ALL.stream().map(r -> r.getClass().getSimpleName()).toList();
    }
}
