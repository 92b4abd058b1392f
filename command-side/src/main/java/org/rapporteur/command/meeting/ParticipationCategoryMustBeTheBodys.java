package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.membership.ParticipationCategoriesAmended;
import org.rapporteur.events.membership.ParticipationCategory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Participants are admitted under a category the body defines (its profile's, as amended at the meeting); an
 * amendment adds only new categories and removes only existing ones.
 */
class ParticipationCategoryMustBeTheBodys implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof ParticipantsAdmitted) && !(action instanceof ParticipationCategoriesAmended)) {
            return Optional.empty();
        }
        BodyFacts body = meeting.body();
        if (body == null) {
            return Optional.of("the body profile " + meeting.profile() + " is not known, so its participation categories cannot be checked");
        }
        Set<String> categories = meeting.record().categories(body.participationCategories());
        if (action instanceof ParticipantsAdmitted admitted) {
            if (!categories.contains(admitted.category())) {
                return Optional.of("category: " + admitted.category() + " is not a participation category of "
                        + body.profile() + " (it has: " + String.join(", ", new java.util.TreeSet<>(categories)) + ")");
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
}
