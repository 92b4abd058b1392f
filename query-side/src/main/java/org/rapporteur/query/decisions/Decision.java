package org.rapporteur.query.decisions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A decision or recommendation of the meeting as it now stands (corrections applied).
 *
 * @param kind        the kind of action (Actions name), such as {@code extension-request-granted}
 * @param agendaItem  the agenda item under consideration when it was taken
 * @param states      the States it names
 * @param documents   the meeting's documents it names
 * @param facts       its structured facts as logged
 * @param eventIds    the events that shaped it, the original first
 */
@Schema(name = "decision")
public record Decision(String kind, String description, Integer plenarySession, LocalDate date, String agendaItem,
                       List<String> states, List<String> documents, Map<String, Object> facts, List<String> eventIds) {
}
