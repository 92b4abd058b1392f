package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;

import java.util.Optional;

/** A decision's number is adopted once at a meeting; a wrong adoption is corrected or withdrawn, not adopted again. */
class DecisionNumberedOnce implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof NumberedDecisionAdopted decision) || decision.number() == null) {
            return Optional.empty();
        }
        String earlier = meeting.record().decisionAdopted(decision.number().strip());
        return earlier == null ? Optional.empty()
                : Optional.of("decision " + decision.number().strip() + " has already been adopted (event " + earlier
                + "): correct or withdraw that adoption, or give this decision its own number");
    }
}
