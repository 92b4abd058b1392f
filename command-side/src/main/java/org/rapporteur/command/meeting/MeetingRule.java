package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;

import java.util.List;
import java.util.Optional;

/** One rule the secretariat expects the record of a meeting to follow. */
interface MeetingRule {

    /** The rules every action is checked against, in this order. */
    List<MeetingRule> ALL = List.of(
            new MeetingMustBeOpenForRecording(),
            new PlenarySessionsDoNotOverlap(),
            new SessionNumbersGoUp(),
            new PlenarySessionMustBeOpen(),
            new AgendaItemMustExist(),
            new RequestMustBePresentedBeforeDecision(),
            new FinalReportAdoptedOnce(),
            new NamedAgendaItemMustExist(),
            new OfficeMustBeTheBodys(),
            new HolderIsAPersonOrAState(),
            new RegionMustBeTheBodys(),
            new SessionKindMustBeTheBodys(),
            new BallotsMatchTheElection(),
            new SpeakerIsOne(),
            new ParticipationCategoryMustBeTheBodys(),
            new RecordedVoteCountsEqualLists(),
            new DecisionByVoteFollowsItsVote(),
            new WorkingBodyMustBeEstablished(),
            new CredentialsAddUp(),
            new CountsAddUp(),
            new CorrectionMustTargetAnAction(),
            new WithdrawalMustTargetAnAction());

    /** Why the meeting cannot record this action now, in one line; empty when it can. */
    Optional<String> objection(MeetingState meeting, MeetingEvent action);

    static void check(MeetingState meeting, MeetingEvent action) {
        for (MeetingRule rule : ALL) {
            Optional<String> objection = rule.objection(meeting, action);
            if (objection.isPresent()) {
                throw new MeetingRuleViolated(rule.getClass().getSimpleName(), objection.get());
            }
        }
    }
}
