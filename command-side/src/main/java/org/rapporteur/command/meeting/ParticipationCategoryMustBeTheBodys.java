package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.membership.ParticipationCategoriesAmended;
import org.rapporteur.events.membership.ParticipationCategory;
import org.rapporteur.events.participation.ObserverStatusConfirmed;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Participants are admitted, and observers confirmed, under a category the body defines (its profile's, as amended
 * at the meeting); an amendment adds only new categories and removes only existing ones.
 */
class ParticipationCategoryMustBeTheBodys implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof ObserverStatusConfirmed confirmed && (confirmed.category() == null) == (confirmed.bodyCategory() == null)) {
            return Optional.of("observer-status-confirmed names either a category (one of the fixed ones) or a bodyCategory"
                    + " (one of the body profile's participationCategories), not both and not neither");
        }
        boolean bodys = action instanceof ParticipantsAdmitted || action instanceof ParticipationCategoriesAmended
                || action instanceof ObserverStatusConfirmed confirmed && confirmed.bodyCategory() != null;
        if (!bodys) {
            return Optional.empty();
        }
        BodyFacts body = meeting.body();
        if (body == null) {
            return Optional.of("the body profile " + meeting.profile() + " is not known, so its participation categories cannot be checked");
        }
        Set<String> categories = meeting.record().categories(body.participationCategories());
        if (action instanceof ObserverStatusConfirmed confirmed) {
            return unknown("bodyCategory", confirmed.bodyCategory(), body, categories);
        }
        if (action instanceof ParticipantsAdmitted admitted) {
            Optional<String> unknown = unknown("category", admitted.category(), body, categories);
            if (unknown.isPresent()) {
                return unknown;
            }
            boolean noStates = admitted.states() == null || admitted.states().isEmpty();
            boolean noOrganisations = admitted.organisations() == null || admitted.organisations().isEmpty();
            if (noStates && noOrganisations) {
                return Optional.of("participants-admitted names the States or organisations admitted");
            }
            return Optional.empty();
        }
        ParticipationCategoriesAmended amended = (ParticipationCategoriesAmended) action;
        List<ParticipationCategory> added = amended.added() == null ? List.of() : amended.added();
        List<String> removed = amended.removed() == null ? List.of() : amended.removed();
        if (added.isEmpty() && removed.isEmpty()) {
            return Optional.of("an amendment adds or removes at least one participation category");
        }
        for (ParticipationCategory category : added) {
            if (categories.contains(category.key())) {
                return Optional.of("added: " + category.key() + " is already a participation category");
            }
        }
        for (String key : removed) {
            if (!categories.contains(key)) {
                return Optional.of("removed: " + key + " is not a participation category");
            }
        }
        return Optional.empty();
    }

    /** {@code field}: {@code key} is not one of the body's categories, named with those it has. */
    private static Optional<String> unknown(String field, String key, BodyFacts body, Set<String> categories) {
        return categories.contains(key) ? Optional.empty() : Optional.of(field + ": " + key
                + " is not a participation category of " + body.profile() + " (it has: "
                + String.join(", ", new java.util.TreeSet<>(categories)) + ")");
    }
}
