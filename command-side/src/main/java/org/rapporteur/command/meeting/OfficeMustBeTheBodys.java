package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;

import java.util.Map;
import java.util.Optional;

/** Officers are elected, act or rotate only in an office the body has (its profile's offices). */
class OfficeMustBeTheBodys implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        for (Map.Entry<String, String> office : BodyParts.offices(action)) {
            BodyFacts body = meeting.body();
            if (body == null) {
                return Optional.of("the body profile " + meeting.profile() + " is not known, so its offices cannot be checked");
            }
            if (!body.offices().contains(office.getValue())) {
                return Optional.of(office.getKey() + ": " + BodyParts.unknown("an office of " + body.profile(),
                        office.getValue(), body.offices()));
            }
        }
        return Optional.empty();
    }
}
