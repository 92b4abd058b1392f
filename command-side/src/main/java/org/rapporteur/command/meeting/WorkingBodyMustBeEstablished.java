package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;

import java.util.Optional;
import java.util.Set;

/**
 * A working body is established once under its key; it reports, and examines credentials, only once established,
 * unless it is one of the body's standing bodies (its profile's {@code standingBodies}: a working group or committee
 * that exists between sessions; the Bureau and the secretariat examine credentials without being established); the
 * plenary acts on a report only once it has been presented.
 */
class WorkingBodyMustBeEstablished implements MeetingRule {

    /** Who examines credentials without a working body being set up for it. */
    static final Set<String> STANDING = Set.of("bureau", "secretariat");

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        BodyRecord record = meeting.record();
        Set<String> standing = meeting.body() == null ? Set.of() : meeting.body().standingBodies();
        if (action instanceof SubsidiaryBodyEstablished established && standing.contains(established.key())) {
            return Optional.of(established.key() + " is a standing body of " + meeting.profile()
                    + ": it reports without being established here");
        }
        if (action instanceof SubsidiaryBodyEstablished established && record.established(established.key())) {
            return Optional.of("a working body with the key " + established.key() + " has already been established");
        }
        if (action instanceof SubsidiaryBodyReported reported && !record.established(reported.body())
                && !standing.contains(reported.body())) {
            return Optional.of(notEstablished(reported.body(), standing));
        }
        if (action instanceof CredentialsExamined examined && !STANDING.contains(examined.examinedBy())
                && !record.established(examined.examinedBy()) && !standing.contains(examined.examinedBy())) {
            return Optional.of(notEstablished(examined.examinedBy(), standing) + " (or give bureau or secretariat)");
        }
        if (action instanceof SubsidiaryBodyReportActedOn acted && !record.reported(acted.body())) {
            return Optional.of("the working body " + acted.body() + " has not reported: the plenary cannot act on its report yet");
        }
        return Optional.empty();
    }

    private static String notEstablished(String key, Set<String> standing) {
        return "no working body " + key + " has been established (subsidiary-body-established with key: " + key + ")"
                + (standing.isEmpty() ? "" : ", nor is it a standing body of the profile (" + String.join(", ", new java.util.TreeSet<>(standing)) + ")");
    }
}
