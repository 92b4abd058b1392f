package org.rapporteur.query.coordinators;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.events.SessionRef;
import org.rapporteur.profiles.ProfileException;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.wording.Ordinals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coordinators the meeting appointed, by working group or thematic area, with their terms. Read from any
 * {@code …-coordinators-appointed} action: lists of groups or areas, each with a {@code name} and either {@code seats}
 * (a State or none yet, and a term until a meeting) or {@code states}. A later appointment for the same group replaces the earlier one.
 */
@Schema(name = "coordinators")
public record Coordinators(List<Coordination> coordinations) {

    /** @param kind what is coordinated, from the action's kind: "working group", "thematic" */
    @Schema(name = "coordination")
    public record Coordination(String kind, String name, List<Coordinator> coordinators, Integer plenarySession,
                               LocalDate appointedOn, List<String> eventIds) {
    }

    /** A coordinating State, or a place still to be nominated, serving for a term (null when none was stated). */
    @Schema(name = "coordinator")
    public record Coordinator(String state, boolean toBeNominated, String term) {
    }

    public static Coordinators of(MeetingHistory history) {
        Map<String, String> sessions = sessionNames(history);
        Map<String, Coordination> coordinations = new LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            MeetingEvent facts = action.facts();
            if (!EventFacts.kind(facts).endsWith("-coordinators-appointed")) {
                continue;
            }
            String kind = EventFacts.kind(facts).replace("-coordinators-appointed", "").replace('-', ' ');
            history.readings().tree(facts).forEach(field -> {
                if (!field.isArray()) {
                    return;
                }
                for (JsonNode group : field) {
                    if (!group.path("name").isTextual()) {
                        continue;
                    }
                    List<Coordinator> coordinators = new ArrayList<>();
                    group.path("seats").forEach(seat -> {
                        String state = seat.path("state").asText("");
                        coordinators.add(new Coordinator(state.isBlank() ? null : state, state.isBlank(),
                                term(seat.path("term").path("until"), sessions)));
                    });
                    group.path("states").forEach(state -> coordinators.add(new Coordinator(state.asText(), false, null)));
                    String name = group.path("name").asText();
                    coordinations.put(kind + "/" + name, new Coordination(kind, name, List.copyOf(coordinators),
                            facts.moment().plenarySession(), facts.moment().date(), action.eventIds()));
                }
            });
        }
        return new Coordinators(List.copyOf(coordinations.values()));
    }

    /** "until the end of the Thirteenth Meeting of States Parties": the session as the body's profile names it. */
    static String term(JsonNode until, Map<String, String> sessions) {
        if (!until.path("ordinal").canConvertToInt()) {
            return null;
        }
        String kind = until.path("kind").asText("");
        String meeting = sessions.getOrDefault(kind, kind.toLowerCase(Locale.ROOT).replace('-', ' '));
        return "until the end of the " + Ordinals.word(until.path("ordinal").asInt()) + " " + meeting;
    }

    /** The body's kinds of session by their English names ("session": "Meeting of States Parties"). */
    private static Map<String, String> sessionNames(MeetingHistory history) {
        Map<String, String> names = new HashMap<>();
        try {
            ReportGenerator.defaultProfiles().byId(ReportGenerator.profileIdOf(history)).ifPresent(profile -> {
                profile.body().session().in("en").ifPresent(name -> names.put(SessionRef.REGULAR, name));
                profile.body().otherSessions().forEach((key, name) -> name.in("en").ifPresent(n -> names.put(key, n)));
            });
        } catch (ProfileException unreadable) {
            // the keys themselves are shown
        }
        return names;
    }
}
