package org.rapporteur.command.meeting;

/** An Idempotency-Key already recorded one action comes back with another; nothing was recorded. */
public class IdempotencyKeyReused extends RuntimeException {

    private final Recorded first;

    public IdempotencyKeyReused(String commandId, Recorded first) {
        super("the Idempotency-Key " + commandId + " already recorded another action, event " + first.eventId()
                + " (sequence " + first.sequence() + "): use a new key for a new action");
        this.first = first;
    }

    public Recorded first() {
        return first;
    }
}
