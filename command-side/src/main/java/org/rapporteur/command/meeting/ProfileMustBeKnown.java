package org.rapporteur.command.meeting;

import org.rapporteur.events.meeting.MeetingConvened;

/** A meeting is convened as a session of a body whose profile is known (one file per body). */
final class ProfileMustBeKnown {

    private ProfileMustBeKnown() {
    }

    static void check(MeetingConvened convened, BodyDirectory bodies) {
        if (convened.profile() != null && bodies.body(convened.profile()).isEmpty()) {
            throw new MeetingRuleViolated(ProfileMustBeKnown.class.getSimpleName(), "no body profile '"
                    + convened.profile() + "' is known (known: " + String.join(", ", new java.util.TreeSet<>(bodies.profiles())) + ")");
        }
    }
}
