package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;

import java.util.List;
import java.util.Optional;

/** One rule the secretariat expects the record of a meeting to follow. */
interface MeetingRule {

    /** The rules every action is checked against, in this order. */
    List<MeetingRule> ALL = List.of(
            new MeetingMustBeOpenForRecording(),
            new MeetingEndsOnOrAfterItStarts(),
            new PlenarySessionsDoNotOverlap(),
            new SessionNumbersGoUp(),
            new PlenarySessionWithinMeetingDates(),
            new PlenarySessionMustBeOpen(),
            new MeetingNotClosedDuringSession(),
            new AgendaItemMustExist(),
            new ItemNotTakenUpTwice(),
            new RequestMustBePresentedBeforeDecision(),
            new FinalReportAdoptedOnce(),
            new NamedAgendaItemMustExist(),
            new OfficeMustBeTheBodys(),
            new SecretariatServesInOneCapacity(),
            new HolderIsAPersonOrAState(),
            new RegionMustBeTheBodys(),
            new SessionKindMustBeTheBodys(),
            new PlaceholdersMustBeKnown(),
            new BallotsMatchTheElection(),
            new SpeakerIsOne(),
            new ParticipationCategoryMustBeTheBodys(),
            new RecordedVoteCountsEqualLists(),
            new DecisionNumberedOnce(),
            new DecisionByVoteFollowsItsVote(),
            new WorkingBodyMustBeEstablished(),
            new CredentialsAddUp(),
            new CountsAddUp(),
            new TranslationsInTheBodysLanguages(),
            new CorrectionMustTargetAnAction(),
            new ActionsKeepWhatTheyStandOn(),
            new WithdrawalMustTargetAnAction());

    /** Why the meeting cannot record this action now, in one line; empty when it can. */
    Optional<String> objection(MeetingState meeting, MeetingEvent action);

    /**
     * Whether the rule judges what an action says, and so also the facts a correction puts in its place (checked
     * against the meeting as it stood when the action was taken); not so a rule about when anything can be logged.
     */
    default boolean judgesCorrectedFacts() {
        return true;
    }

    static void check(MeetingState meeting, MeetingEvent action) {
        for (MeetingRule rule : ALL) {
            refuseIfObjected(rule, meeting, action, "");
        }
    }

    /** The corrected facts by the rules their kind is logged under, against the meeting as it stood then. */
    static void checkCorrected(MeetingState asItStood, MeetingEvent corrected, String correctedEventId) {
        for (MeetingRule rule : ALL) {
            if (rule.judgesCorrectedFacts()) {
                refuseIfObjected(rule, asItStood, corrected, "as corrected, event " + correctedEventId + " would break a rule: ");
            }
        }
    }

    private static void refuseIfObjected(MeetingRule rule, MeetingState meeting, MeetingEvent action, String prefix) {
        Optional<String> objection = rule.objection(meeting, action);
        if (objection.isEmpty()) {
            return;
        }
        String name = rule.getClass().getSimpleName();
        if (rule instanceof ActionsKeepWhatTheyStandOn dependants) {
            throw new ActionHasDependants(name, prefix + objection.get(), dependants.dependants(meeting, action));
        }
        throw new MeetingRuleViolated(name, prefix + objection.get());
    }
}
