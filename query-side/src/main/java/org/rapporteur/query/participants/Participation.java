package org.rapporteur.query.participants;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rapporteur.events.Text;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who participates, by category (States parties, signatory observers, other observer States, organisations), with counts. */
@Schema(name = "participation")
public record Participation(List<Category> categories, int total) {

    /**
     * One category's list in the order registered.
     *
     * @param observerStatusConfirmed whether the meeting confirmed the observer status of this category
     */
    @Schema(name = "attendance-category")
    public record Category(String category, int count, List<String> states, List<Organisation> organisations,
                           boolean observerStatusConfirmed) {
    }

    public static Participation of(MeetingHistory history) {
        Map<ParticipantCategory, Set<String>> states = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, Map<String, Organisation>> organisations = new EnumMap<>(ParticipantCategory.class);
        Set<ParticipantCategory> confirmed = new LinkedHashSet<>();
        for (ParticipantCategory category : ParticipantCategory.values()) {
            states.put(category, new LinkedHashSet<>());
            organisations.put(category, new LinkedHashMap<>());
        }
        for (EffectiveAction action : history.effectiveActions()) {
            if (action.facts() instanceof ParticipantsRegistered registered) {
                if (registered.states() != null) {
                    states.get(registered.category()).addAll(Text.texts(registered.states()));
                }
                if (registered.organisations() != null) {
                    registered.organisations().forEach(o -> organisations.get(registered.category()).put(o.key(), o));
                }
            } else if (action.facts() instanceof ParticipantsRemoved removed) {
                if (removed.states() != null) {
                    states.get(removed.category()).removeAll(Text.texts(removed.states()));
                }
                if (removed.organisations() != null) {
                    removed.organisations().forEach(organisations.get(removed.category())::remove);
                }
            } else if (action.facts() instanceof ObserverStatusConfirmed status && status.category() != null) {
                confirmed.add(status.category());
            }
        }
        List<Category> categories = new ArrayList<>();
        int total = 0;
        for (ParticipantCategory category : ParticipantCategory.values()) {
            int count = states.get(category).size() + organisations.get(category).size();
            total += count;
            categories.add(new Category(category.name(), count, List.copyOf(states.get(category)),
                    List.copyOf(organisations.get(category).values()), confirmed.contains(category)));
        }
        return new Participation(List.copyOf(categories), total);
    }
}
