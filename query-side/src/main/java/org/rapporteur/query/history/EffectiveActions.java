package org.rapporteur.query.history;

import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Actions in logging order, with corrections applied and withdrawn actions left out. */
final class EffectiveActions {

    private EffectiveActions() {
    }

    static List<EffectiveAction> of(List<RecordedEvent> events) {
        Map<String, ActionCorrected> latestCorrection = new HashMap<>();
        Map<String, List<String>> shapedBy = new HashMap<>();
        Set<String> withdrawn = new HashSet<>();
        for (RecordedEvent recorded : events) {
            if (recorded.event() instanceof ActionCorrected correction) {
                latestCorrection.put(correction.correctedEventId(), correction);
                shapedBy.computeIfAbsent(correction.correctedEventId(), k -> new ArrayList<>()).add(recorded.eventId());
            } else if (recorded.event() instanceof ActionWithdrawn withdrawal) {
                withdrawn.add(withdrawal.withdrawnEventId());
            }
        }
        List<EffectiveAction> actions = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            if (recorded.event() instanceof ActionCorrected || recorded.event() instanceof ActionWithdrawn
                    || withdrawn.contains(recorded.eventId())) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            ids.add(recorded.eventId());
            ids.addAll(shapedBy.getOrDefault(recorded.eventId(), List.of()));
            ActionCorrected correction = latestCorrection.get(recorded.eventId());
            actions.add(new EffectiveAction(recorded, correction == null ? recorded.event() : correction.corrected(), List.copyOf(ids)));
        }
        return List.copyOf(actions);
    }

    /** The effective actions of a history extended by {@code later}, from those of the history it extends. */
    static List<EffectiveAction> extend(List<EffectiveAction> earlier, List<RecordedEvent> later) {
        List<EffectiveAction> actions = new ArrayList<>(earlier.size() + later.size());
        actions.addAll(earlier);
        for (RecordedEvent recorded : later) {
            if (recorded.event() instanceof ActionCorrected correction) {
                int target = indexOf(actions, correction.correctedEventId());
                if (target >= 0) {
                    EffectiveAction action = actions.get(target);
                    List<String> ids = new ArrayList<>(action.eventIds());
                    ids.add(recorded.eventId());
                    actions.set(target, new EffectiveAction(action.original(), correction.corrected(), List.copyOf(ids)));
                }
            } else if (recorded.event() instanceof ActionWithdrawn withdrawal) {
                int target = indexOf(actions, withdrawal.withdrawnEventId());
                if (target >= 0) {
                    actions.remove(target);
                }
            } else {
                actions.add(new EffectiveAction(recorded, recorded.event(), List.of(recorded.eventId())));
            }
        }
        return List.copyOf(actions);
    }

    /** Where the action first recorded as {@code eventId} stands, or -1; corrections mostly concern recent actions. */
    static int indexOf(List<EffectiveAction> actions, String eventId) {
        for (int i = actions.size() - 1; i >= 0; i--) {
            if (actions.get(i).original().eventId().equals(eventId)) {
                return i;
            }
        }
        return -1;
    }
}
