package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.Speaker;

import java.util.Map;
import java.util.Optional;

/** A speaker (or pledger) is one State, group, organisation or person. */
class SpeakerIsOne implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        for (Map.Entry<String, Speaker> entry : BodyParts.speakers(action)) {
            Speaker s = entry.getValue();
            if (BodyParts.given(s.state(), s.group(), s.organisation(), s.person()) != 1) {
                return Optional.of(entry.getKey() + " is one State, group, organisation or person: give exactly one of state, group, organisation and person");
            }
        }
        return Optional.empty();
    }
}
