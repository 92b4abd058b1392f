package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.SessionRef;

import java.util.Map;
import java.util.Optional;

/** Another session named (a term's start or end, a deferral, the next session) is of a kind the body holds. */
class SessionKindMustBeTheBodys implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        for (Map.Entry<String, SessionRef> session : BodyParts.sessions(action)) {
            BodyFacts body = meeting.body();
            if (body == null) {
                return Optional.of("the body profile " + meeting.profile() + " is not known, so its sessions cannot be checked");
            }
            if (!body.sessionKinds().contains(session.getValue().kind())) {
                return Optional.of(session.getKey() + ".kind: " + BodyParts.unknown("a kind of session of " + body.profile(),
                        session.getValue().kind(), body.sessionKinds()));
            }
        }
        return Optional.empty();
    }
}
