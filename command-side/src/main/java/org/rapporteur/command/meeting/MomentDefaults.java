package org.rapporteur.command.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.time.LocalDate;

/**
 * Completes the meeting clock of an action logged as it happens: no moment means now, in the open plenary session;
 * a moment without a date is today; a plenary action without a session is in the open one. Works for any event
 * record, by way of its JSON form.
 */
final class MomentDefaults {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private MomentDefaults() {
    }

    static <E extends MeetingEvent> E complete(E action, Integer openSession, LocalDate today) {
        MeetingMoment moment = action.moment();
        MeetingMoment completed;
        if (moment == null) {
            completed = new MeetingMoment(openSession, today, null);
        } else {
            boolean sessionMissing = moment.plenarySession() == null && action instanceof PlenaryAction;
            if (moment.date() != null && !sessionMissing) {
                return action;
            }
            completed = new MeetingMoment(sessionMissing ? openSession : moment.plenarySession(),
                    moment.date() != null ? moment.date() : today, moment.time());
        }
        return withMoment(action, completed);
    }

    @SuppressWarnings("unchecked")
    static <E extends MeetingEvent> E withMoment(E action, MeetingMoment moment) {
        ObjectNode tree = MAPPER.valueToTree(action);
        tree.set("moment", MAPPER.valueToTree(moment));
        try {
            return (E) MAPPER.treeToValue(tree, action.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot complete the moment of " + action.getClass().getSimpleName(), e);
        }
    }
}
