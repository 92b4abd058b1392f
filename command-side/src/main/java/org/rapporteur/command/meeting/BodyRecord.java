package org.rapporteur.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.membership.ParticipationCategoriesAmended;
import org.rapporteur.events.membership.ParticipationCategory;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules of the any-body vocabulary need from the record: the profile named at convening, the working
 * bodies established and those that reported, credentials examined, participation categories amended and votes
 * carried, numbered decisions adopted. Everything is kept by the event id that recorded it, so a correction replaces and a withdrawal removes it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class BodyRecord {

    /** The profile of meetings convened before meetings named theirs (as the convening's upcaster reads them). */
    static final String EARLIER_PROFILE = "ccm";

    private String profile;
    private Map<String, String> workingBodies = new HashMap<>();
    private Map<String, String> reports = new HashMap<>();
    private Set<String> credentialsExaminations = new LinkedHashSet<>();
    private Map<String, List<String>> categoriesAdded = new HashMap<>();
    private Map<String, List<String>> categoriesRemoved = new HashMap<>();
    private Map<String, String> votesCarried = new HashMap<>();
    private Map<String, String> decisionsAdopted = new HashMap<>();

    /** The profile named at convening; a snapshot taken before meetings named one is the CCM's. */
    String profile(boolean convened) {
        return profile == null && convened ? EARLIER_PROFILE : profile;
    }

    boolean established(String workingBody) {
        return workingBodies.containsValue(workingBody);
    }

    boolean reported(String workingBody) {
        return reports.containsValue(workingBody);
    }

    /** The event that adopted numbered decision {@code number}, or null when none (still) stands. */
    String decisionAdopted(String number) {
        return decisionsAdopted.entrySet().stream().filter(e -> e.getValue().equals(number)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    boolean credentialsExamined() {
        return !credentialsExaminations.isEmpty();
    }

    boolean voteCarried(String proposal) {
        return votesCarried.containsValue(proposal);
    }

    /** The participation categories of the body as amended at this meeting. */
    Set<String> categories(Collection<String> ofTheProfile) {
        Set<String> categories = new LinkedHashSet<>(ofTheProfile);
        categoriesAdded.values().forEach(categories::addAll);
        categoriesRemoved.values().forEach(categories::removeAll);
        return categories;
    }

    void evolve(String eventId, MeetingEvent event) {
        if (event instanceof MeetingConvened convened) {
            profile = convened.profile();
        } else if (event instanceof SubsidiaryBodyEstablished established) {
            workingBodies.put(eventId, established.key());
        } else if (event instanceof SubsidiaryBodyReported reported) {
            reports.put(eventId, reported.body());
        } else if (event instanceof CredentialsExamined) {
            credentialsExaminations.add(eventId);
        } else if (event instanceof ParticipationCategoriesAmended amended) {
            categoriesAdded.put(eventId, amended.added() == null ? List.of()
                    : amended.added().stream().map(ParticipationCategory::key).toList());
            categoriesRemoved.put(eventId, amended.removed() == null ? List.of() : List.copyOf(amended.removed()));
        } else if (event instanceof VoteRecorded vote && vote.result() == VoteRecorded.Result.ADOPTED) {
            votesCarried.put(eventId, vote.on());
        } else if (event instanceof org.rapporteur.events.decisions.NumberedDecisionAdopted decision && decision.number() != null) {
            decisionsAdopted.put(eventId, decision.number().strip());
        }
    }

    void correct(String eventId, MeetingEvent facts) {
        withdraw(eventId);
        evolve(eventId, facts);
    }

    void withdraw(String eventId) {
        workingBodies.remove(eventId);
        reports.remove(eventId);
        credentialsExaminations.remove(eventId);
        categoriesAdded.remove(eventId);
        categoriesRemoved.remove(eventId);
        votesCarried.remove(eventId);
        decisionsAdopted.remove(eventId);
    }
}
