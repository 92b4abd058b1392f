package org.rapporteur.command.meeting;

import org.rapporteur.events.Adoption;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;

import java.util.Optional;

/** A decision adopted by vote follows a vote recorded on it (by its number or draft symbol) that adopted it. */
class DecisionByVoteFollowsItsVote implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof NumberedDecisionAdopted decision) || decision.adoption() != Adoption.VOTE) {
            return Optional.empty();
        }
        if (meeting.record().voteCarried(decision.number())
                || (decision.draftSymbol() != null && meeting.record().voteCarried(decision.draftSymbol().text()))) {
            return Optional.empty();
        }
        return Optional.of("decision " + decision.number() + " is adopted by vote, but no vote-recorded on "
                + decision.number() + (decision.draftSymbol() == null ? "" : " or " + decision.draftSymbol())
                + " adopted it: record the vote first");
    }
}
