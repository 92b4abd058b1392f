package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.credentials.CredentialsReportApproved;

import java.util.Optional;

/**
 * Credentials found in order and provisional ones are among those received; the report on credentials is approved
 * only after they have been examined.
 */
class CredentialsAddUp implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof CredentialsExamined examined && examined.received() != null) {
            int accounted = examined.inOrder() + (examined.provisional() == null ? 0 : examined.provisional());
            if (accounted > examined.received()) {
                return Optional.of(examined.inOrder() + " in order and " + examined.provisional()
                        + " provisional are more than the " + examined.received() + " credentials received");
            }
        }
        if (action instanceof CredentialsReportApproved && !meeting.record().credentialsExamined()) {
            return Optional.of("no credentials-examined has been recorded: the report on credentials cannot be approved yet");
        }
        return Optional.empty();
    }
}
