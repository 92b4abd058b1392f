package org.rapporteur.command.meeting;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Another command-side process on the same store may have written to a meeting this process holds in memory: the
 * write then finds its sequence number taken. When the client gave no expected version, the meeting is dropped from
 * memory and the command sent once more, so it is judged against the meeting as it now is; a second conflict is
 * reported. With an expected version, the conflict is the client's to see. A command whose Idempotency-Key another
 * request recorded at the same moment is sent once more too, and answered as that request was
 * ({@link CommandRecordedMeanwhile}).
 */
final class StaleMeetingRetry implements RetryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(StaleMeetingRetry.class);

    private final Cache meetings;

    StaleMeetingRetry(Cache meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() == 1 && stale(lastFailure, CommandRecordedMeanwhile.class)) {
            commandDispatch.run();
            return true;
        }
        if (failures.size() > 1 || !(commandMessage.getPayload() instanceof RecordAction command)
                || command.expectedVersion() != null || !stale(lastFailure, ConcurrencyException.class)) {
            return false;
        }
        LOG.info("meeting {} was written by another process; reloading it and retrying once", command.meetingId());
        meetings.remove(command.meetingId());
        commandDispatch.run();
        return true;
    }

    private static boolean stale(Throwable failure, Class<? extends ConcurrencyException> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
