package org.rapporteur.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.rapporteur.facts.StrictFacts;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the meeting's rules need to know about its record, and nothing more. Plain fields, so a snapshot is
 * this object as JSON.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class MeetingState {

    private boolean convened;
    private String closedBy;
    private Integer openSession;
    private int lastSession;
    private String agendaAdoptedBy;
    private Set<AgendaItemNumber> agendaItems = new LinkedHashSet<>();
    /** Request key by the event id of its presentation. */
    private Map<String, String> presentedRequests = new HashMap<>();
    private String finalReportAdoptedBy;
    /** Kind of every recorded action (corrections and withdrawals excepted) by event id. */
    private Map<String, String> actionKinds = new HashMap<>();
    private Set<String> withdrawn = new HashSet<>();
    private Recorded last;
    private BodyRecord body = new BodyRecord();
    /** The body's facts from its profile, for the rules judging one action (not part of the snapshot). */
    private transient BodyFacts bodyFacts;
    private StandingRecord standing = new StandingRecord();

    boolean convened() {
        return convened;
    }

    boolean closed() {
        return closedBy != null;
    }

    Integer openSession() {
        return openSession;
    }

    int lastSession() {
        return lastSession;
    }

    boolean onAgenda(AgendaItemNumber itemNumber) {
        return agendaItems.contains(itemNumber);
    }

    boolean agendaAdopted() {
        return agendaAdoptedBy != null;
    }

    boolean presented(String requestKey) {
        return presentedRequests.containsValue(requestKey);
    }

    Collection<String> presentedRequests() {
        return presentedRequests.values();
    }

    String finalReportAdoptedBy() {
        return finalReportAdoptedBy;
    }

    /** The kind of the recorded action with this event id, or null when there is none. */
    String kindOf(String eventId) {
        return actionKinds.get(eventId);
    }

    boolean withdrawn(String eventId) {
        return withdrawn.contains(eventId);
    }

    StandingRecord standing() {
        return standing;
    }

    /** The request key presented by the standing presentation recorded as this event, or null. */
    String presentationKey(String eventId) {
        return presentedRequests.get(eventId);
    }

    /** Whether a standing presentation other than {@code except} presents this request. */
    boolean presentedElsewhere(String requestKey, String except) {
        return presentedRequests.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(except) && e.getValue().equals(requestKey));
    }

    /** The event id of the standing agenda adoption, or null. */
    String agendaAdoption() {
        return agendaAdoptedBy;
    }

    Recorded last() {
        return last;
    }

    /** The profile named when the meeting was convened. */
    String profile() {
        return body.profile(convened);
    }

    BodyRecord record() {
        return body;
    }

    /** The body's facts, or null when its profile is not (or no longer) known. */
    BodyFacts body() {
        return bodyFacts;
    }

    /** Looks up the facts of the body named at convening, for the rules about to judge an action. */
    void judgedFor(BodyDirectory bodies) {
        String profile = profile();
        bodyFacts = profile == null ? null : bodies.body(profile).orElse(null);
    }

    /** The action as the meeting records it, its moment completed; or refused by the first rule it breaks. */
    MeetingEvent admit(MeetingEvent action, LocalDate today, BodyDirectory bodies) {
        MeetingEvent completed = MomentDefaults.complete(action, openSession, today);
        judgedFor(bodies);
        StrictFacts.refuseInsane(completed);
        MeetingRule.check(this, completed);
        return completed;
    }

    void evolve(MeetingEvent event, Recorded recorded) {
        last = recorded;
        if (event instanceof ActionCorrected correction) {
            correct(correction.correctedEventId(), correction.corrected());
            body.correct(correction.correctedEventId(), correction.corrected());
            if (correction.corrected() != null && !withdrawn(correction.correctedEventId())) {
                standing.record(correction.correctedEventId(), correction.corrected());
            }
            return;
        }
        if (event instanceof ActionWithdrawn withdrawal) {
            withdraw(withdrawal.withdrawnEventId());
            body.withdraw(withdrawal.withdrawnEventId());
            standing.forget(withdrawal.withdrawnEventId());
            return;
        }
        String eventId = recorded.eventId();
        body.evolve(eventId, event);
        standing.record(eventId, event);
        standing.happened(event);
        actionKinds.put(eventId, Actions.name(event.getClass()));
        if (event instanceof MeetingConvened) {
            convened = true;
        } else if (event instanceof MeetingClosed) {
            closedBy = eventId;
        } else if (event instanceof PlenarySessionOpened opened) {
            openSession = opened.number();
            lastSession = Math.max(lastSession, opened.number());
        } else if (event instanceof PlenarySessionClosed) {
            openSession = null;
        } else if (event instanceof AgendaAdopted agenda) {
            agendaAdoptedBy = eventId;
            agenda(agenda);
        }
        if (event instanceof RequestPresentation presentation) {
            presentedRequests.put(eventId, presentation.requestKey());
        }
        if (event instanceof FinalReportAdoption) {
            finalReportAdoptedBy = eventId;
        }
    }

    private void correct(String eventId, MeetingEvent facts) {
        if (eventId.equals(agendaAdoptedBy) && facts instanceof AgendaAdopted agenda) {
            agenda(agenda);
        }
        if (presentedRequests.containsKey(eventId) && facts instanceof RequestPresentation presentation) {
            presentedRequests.put(eventId, presentation.requestKey());
        }
    }

    private void withdraw(String eventId) {
        withdrawn.add(eventId);
        presentedRequests.remove(eventId);
        if (eventId.equals(agendaAdoptedBy)) {
            agendaAdoptedBy = null;
            agendaItems.clear();
        }
        if (eventId.equals(finalReportAdoptedBy)) {
            finalReportAdoptedBy = null;
        }
        if (eventId.equals(closedBy)) {
            closedBy = null;
        }
    }

    private void agenda(AgendaAdopted agenda) {
        agendaItems.clear();
        agenda.items().stream().map(AgendaItem::number).forEach(agendaItems::add);
    }
}
