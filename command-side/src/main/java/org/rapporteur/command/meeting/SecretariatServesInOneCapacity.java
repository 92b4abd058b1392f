package org.rapporteur.command.meeting;

import java.util.Optional;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.officers.SecretariatMemberServed;

/** A member of the secretariat serves in a role or in one of the body's offices: one of the two. */
class SecretariatServesInOneCapacity implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof SecretariatMemberServed served && (served.role() == null) == (served.office() == null)) {
            return Optional.of("secretariat-member-served names either a role (secretary_of_the_meeting,"
                    + " participant_in_the_work) or an office (one of the body profile's offices), not both and not neither");
        }
        return Optional.empty();
    }
}
