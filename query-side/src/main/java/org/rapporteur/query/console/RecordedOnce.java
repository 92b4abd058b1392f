package org.rapporteur.query.console;

import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Double submission records once: each form rendering carries its own command id, which the meeting remembers
 * (a command id seen before records nothing and answers as the first time). Two submissions of one form in flight
 * at once are taken in turn, so the second finds the first already recorded instead of racing it.
 */
@Component
class RecordedOnce {

    private final ConcurrentHashMap<String, Object> inFlight = new ConcurrentHashMap<>();

    void record(String commandId, Runnable record) {
        Object lock = inFlight.computeIfAbsent(commandId, id -> new Object());
        try {
            synchronized (lock) {
                record.run();
            }
        } finally {
            inFlight.remove(commandId, lock);
        }
    }
}
