package org.rapporteur.command.meeting;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.util.Optional;
import java.util.Set;

/** A correction replaces the facts of a recorded, standing action with facts of the same kind. */
class CorrectionMustTargetAnAction implements MeetingRule {

    /** The numbering of plenary sessions is what other rules stand on: it is not rewritten afterwards. */
    static final Set<String> SESSION_RECORD = Set.of(Actions.name(PlenarySessionOpened.class), Actions.name(PlenarySessionClosed.class));

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof ActionCorrected correction)) {
            return Optional.empty();
        }
        String target = correction.correctedEventId();
        String kind = meeting.kindOf(target);
        if (kind == null) {
            return Optional.of("no action of this meeting was recorded as event " + target + ", so it cannot be corrected");
        }
        if (meeting.withdrawn(target)) {
            return Optional.of("the " + kind + " recorded as event " + target + " has been withdrawn and cannot be corrected");
        }
        if (SESSION_RECORD.contains(kind)) {
            return Optional.of("the " + kind + " recorded as event " + target + " cannot be corrected: plenary sessions keep their numbers");
        }
        String correctedKind = correction.corrected() == null ? null : Actions.name(correction.corrected().getClass());
        if (!kind.equals(correctedKind)) {
            return Optional.of("event " + target + " is a " + kind + ": its correction must carry " + kind
                    + " facts, not " + correctedKind);
        }
        return Optional.empty();
    }
}
