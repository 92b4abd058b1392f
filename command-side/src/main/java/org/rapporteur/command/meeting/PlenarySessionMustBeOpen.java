package org.rapporteur.command.meeting;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.meeting.PlenarySessionClosed;

import java.util.Objects;
import java.util.Optional;

/** Plenary actions happen in the open plenary session, and say so; only the open session can be closed. */
class PlenarySessionMustBeOpen implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        Integer open = meeting.openSession();
        if (action instanceof PlenarySessionClosed closed) {
            if (open == null) {
                return Optional.of("no plenary session is open, so session " + closed.number() + " cannot be closed");
            }
            if (closed.number() != open) {
                return Optional.of("plenary session " + open + " is open, not session " + closed.number());
            }
            return Optional.empty();
        }
        if (!(action instanceof PlenaryAction)) {
            return Optional.empty();
        }
        String kind = Actions.name(action.getClass());
        if (open == null) {
            return Optional.of("no plenary session is open: open one before recording " + kind);
        }
        Integer named = action.moment() == null ? null : action.moment().plenarySession();
        if (!Objects.equals(named, open)) {
            return Optional.of(kind + " names plenary session " + named + " but session " + open + " is open");
        }
        return Optional.empty();
    }
}
