package org.rapporteur.query.report.compose;

import org.rapporteur.events.coordinators.Seat;
import org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Coordinators appointed: of working groups (lettered, each seat with its term) and of thematic areas. */
final class CoordinatorsComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.COORDINATORS);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        Integer session = o.session();
        boolean same = Objects.equals(c.previousSession(session), session);
        if (o.facts() instanceof WorkingGroupCoordinatorsAppointed w) {
            List<String> items = new ArrayList<>();
            for (int k = 0; k < w.groups().size(); k++) {
                WorkingGroupCoordinatorsAppointed.Group group = w.groups().get(k);
                String seats = null;
                for (Seat seat : group.seats()) {
                    String who = seat.toBeNominated()
                            ? c.say.say("coordinators.to-be-nominated", "note",
                            Notes.text(c, c.say.say("coordinators.to-be-nominated.note")))
                            : c.names.state(seat.state());
                    String one = c.say.say("coordinators.seat", "state", who, "until", c.names.reference(seat.term().until(), false));
                    seats = seats == null ? one : c.say.say("coordinators.working-with", "first", seats, "second", one);
                }
                String item = c.say.say("coordinators.group", "name", c.texts.of(group.name()), "seats", seats);
                items.add(item == null ? null : item + c.say.itemEnd(k == w.groups().size() - 1));
            }
            String at = session == null ? "" : c.say.say("coordinators.at-session", "session", session, "same", false);
            c.paragraph(c.say.say("coordinators.working-groups", "at", at), o.eventIds(), items, true);
        } else if (o.facts() instanceof ThematicCoordinatorsAppointed a) {
            List<String> items = new ArrayList<>();
            for (ThematicCoordinatorsAppointed.Area area : a.areas()) {
                items.add(c.say.say("coordinators.area", "name", c.texts.of(area.name()), "states", c.names.states(area.states())));
            }
            String at = session == null ? "" : c.say.say("coordinators.at-session", "session", session, "same", same);
            c.paragraph(c.say.say("coordinators.thematic", "at", at), o.eventIds(), items, false);
        }
    }
}
