package org.rapporteur.command.meeting;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Two requests with the same Idempotency-Key at once: the other one recorded its action first. Sent once more
 * ({@link StaleMeetingRetry}), the command finds the key processed and answers as the first time.
 */
public class CommandRecordedMeanwhile extends ConcurrencyException {

    public CommandRecordedMeanwhile(String meeting, String key) {
        super("the Idempotency-Key " + key + " of meeting " + meeting + " was recorded by another request at the same moment");
    }
}
