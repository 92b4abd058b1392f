package org.rapporteur.query.officers;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.Person;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretariatRole;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.Holder;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.timeline.ActionDescriptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officers of the meeting as they now stand; a role nobody holds yet is null. {@code elected}: those elected to
 * the body's own offices (Vice-Presidents, Vice-Chairs, a Rapporteur ...), in the order elected.
 */
@Schema(name = "officers")
public record Officers(Officer president, List<Elected> elected, Officer secretaryGeneral,
                       Officer secretary, Officer nextPresident, List<Officer> secretariat) {

    /** A person in a role: how they came to hold it ({@code basis}), when, and the events that say so. */
    @Schema(name = "officer")
    public record Officer(Person person, String basis, Integer plenarySession, LocalDate date, List<String> eventIds) {
    }

    /**
     * A person or a State elected to one of the body's offices (a key of its profile's offices), by acclamation, vote,
     * secret ballot or selection, with the votes they received in the last ballot, if any.
     */
    @Schema(name = "elected-holder")
    public record Elected(String office, Holder holder, String electedBy, Integer votes, Integer plenarySession,
                          LocalDate date, List<String> eventIds) {
    }

    public static Officers of(MeetingHistory history) {
        Officer president = null;
        Officer secretaryGeneral = null;
        Officer secretary = null;
        Officer nextPresident = null;
        List<Elected> elected = new ArrayList<>();
        Map<String, Officer> secretariat = new LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            MeetingEvent facts = action.facts();
            if (facts instanceof PresidentDesignated designated) {
                president = officer(designated.president(), action, history);
            } else if (facts instanceof SecretaryGeneralConfirmed confirmed) {
                secretaryGeneral = officer(confirmed.secretaryGeneral(), action, history);
            } else if (facts instanceof SecretariatMemberServed served) {
                if (served.role() == SecretariatRole.SECRETARY_OF_THE_MEETING) {
                    secretary = officer(served.person(), action, history);
                } else {
                    secretariat.put(served.person().name(), officer(served.person(), action, history));
                }
            } else if (facts instanceof OfficersElected election) {
                Ballot last = election.ballots() == null || election.ballots().isEmpty() ? null
                        : election.ballots().get(election.ballots().size() - 1);
                election.elected().forEach(officer -> elected.add(new Elected(election.office(), officer.holder(),
                        election.mode().name().toLowerCase(java.util.Locale.ROOT), votes(last, officer.holder()),
                        facts.moment().plenarySession(), facts.moment().date(), action.eventIds())));
            } else if (EventFacts.kind(facts).equals("next-president-elected")) {
                JsonNode person = history.readings().tree(facts).path("president");
                if (person.isObject()) {
                    nextPresident = officer(EventFacts.read(person, Person.class), action, history);
                }
            }
        }
        return new Officers(president, List.copyOf(elected), secretaryGeneral, secretary, nextPresident,
                List.copyOf(secretariat.values()));
    }

    /** The votes a holder received in a ballot, null without one. */
    private static Integer votes(Ballot ballot, Holder holder) {
        return ballot == null ? null : ballot.candidates().stream().filter(c -> same(c.candidate(), holder))
                .map(Ballot.Candidate::votes).findFirst().orElse(null);
    }

    /** The same State, or the same person by name (a candidate's region is seldom given). */
    private static boolean same(Holder candidate, Holder holder) {
        return java.util.Objects.equals(candidate.state(), holder.state()) && java.util.Objects.equals(
                candidate.person() == null ? null : candidate.person().name(), holder.person() == null ? null : holder.person().name());
    }

    private static Officer officer(Person person, EffectiveAction action, MeetingHistory history) {
        MeetingEvent facts = action.facts();
        return new Officer(person, ActionDescriptions.describe(facts, Map.of(), history.readings()), facts.moment().plenarySession(),
                facts.moment().date(), action.eventIds());
    }
}
