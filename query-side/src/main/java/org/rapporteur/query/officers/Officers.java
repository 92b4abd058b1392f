package org.rapporteur.query.officers;

import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.Person;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretariatRole;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.officers.VoteCount;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.timeline.ActionDescriptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The officers of the meeting as they now stand; a role nobody holds yet is null. */
public record Officers(Officer president, List<VicePresident> vicePresidents, Officer secretaryGeneral,
                       Officer secretary, Officer nextPresident, List<Officer> secretariat) {

    /** A person in a role: how they came to hold it ({@code basis}), when, and the events that say so. */
    public record Officer(Person person, String basis, Integer plenarySession, LocalDate date, List<String> eventIds) {
    }

    /** A Vice-President (a State), elected by acclamation or by vote (with its votes). */
    public record VicePresident(String state, String electedBy, Integer votes, Integer plenarySession, LocalDate date,
                                List<String> eventIds) {
    }

    public static Officers of(MeetingHistory history) {
        Officer president = null;
        Officer secretaryGeneral = null;
        Officer secretary = null;
        Officer nextPresident = null;
        Map<String, VicePresident> vicePresidents = new LinkedHashMap<>();
        Map<String, Officer> secretariat = new LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            MeetingEvent facts = action.facts();
            if (facts instanceof PresidentDesignated designated) {
                president = officer(designated.president(), action);
            } else if (facts instanceof SecretaryGeneralConfirmed confirmed) {
                secretaryGeneral = officer(confirmed.secretaryGeneral(), action);
            } else if (facts instanceof SecretariatMemberServed served) {
                if (served.role() == SecretariatRole.SECRETARY_OF_THE_MEETING) {
                    secretary = officer(served.person(), action);
                } else {
                    secretariat.put(served.person().name(), officer(served.person(), action));
                }
            } else if (facts instanceof VicePresidentsElected elected) {
                for (String state : elected.states()) {
                    Integer votes = elected.votes() == null ? null : elected.votes().stream()
                            .filter(v -> v.state().equals(state)).map(VoteCount::votes).findFirst().orElse(null);
                    vicePresidents.put(state, new VicePresident(state, elected.method().name().toLowerCase(), votes,
                            facts.moment().plenarySession(), facts.moment().date(), action.eventIds()));
                }
            } else if (EventFacts.kind(facts).equals("next-president-elected")) {
                JsonNode person = EventFacts.tree(facts).path("president");
                if (person.isObject()) {
                    nextPresident = officer(EventFacts.read(person, Person.class), action);
                }
            }
        }
        return new Officers(president, List.copyOf(vicePresidents.values()), secretaryGeneral, secretary, nextPresident,
                List.copyOf(secretariat.values()));
    }

    private static Officer officer(Person person, EffectiveAction action) {
        MeetingEvent facts = action.facts();
        return new Officer(person, ActionDescriptions.describe(facts), facts.moment().plenarySession(),
                facts.moment().date(), action.eventIds());
    }
}
