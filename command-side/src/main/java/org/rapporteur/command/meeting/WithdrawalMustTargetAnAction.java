package org.rapporteur.command.meeting;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;

import java.util.Optional;

/** A withdrawal takes back a recorded action that still stands. */
class WithdrawalMustTargetAnAction implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof ActionWithdrawn withdrawal)) {
            return Optional.empty();
        }
        String target = withdrawal.withdrawnEventId();
        String kind = meeting.kindOf(target);
        if (kind == null) {
            return Optional.of("no action of this meeting was recorded as event " + target + ", so it cannot be withdrawn");
        }
        if (meeting.withdrawn(target)) {
            return Optional.of("the " + kind + " recorded as event " + target + " has already been withdrawn");
        }
        if (kind.equals(Actions.name(MeetingConvened.class))) {
            return Optional.of("the convening of the meeting cannot be withdrawn; correct its facts instead");
        }
        if (CorrectionMustTargetAnAction.SESSION_RECORD.contains(kind)) {
            return Optional.of("the " + kind + " recorded as event " + target + " cannot be withdrawn: plenary sessions keep their numbers");
        }
        return Optional.empty();
    }
}
