package org.rapporteur.query.timeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One logged event of a meeting, as a historian reads it.
 *
 * @param sequence       the event's position in the meeting's stream
 * @param plenarySession meeting clock: the plenary session (null outside plenary)
 * @param date           meeting clock: the date
 * @param time           meeting clock: the time, when logged
 * @param meetingOrder   where the event sits on the meeting clock (a missing time is taken from the event logged before it that day)
 * @param loggedAt       logging clock
 * @param loggedBy       who logged it
 * @param description    one line in the secretariat's words; for a correction, both versions
 * @param agendaItem     the agenda item under consideration when it was logged
 * @param states         the States the action names
 * @param status         recorded, corrected or withdrawn (an original), or a correction / withdrawal
 * @param corrects       for a correction or withdrawal: the event it corrects or withdraws
 * @param before         for a correction: the version it replaces; for a withdrawal: the version withdrawn
 * @param after          for a correction: the corrected version
 * @param reason         for a correction or withdrawal: why
 * @param correctedBy    for an original: the corrections or withdrawal logged later, oldest first
 * @param current        for a corrected original: the version that now counts
 */
@Schema(name = "timeline-entry")
public record TimelineEntry(long sequence, String eventId, String kind,
                            Integer plenarySession, LocalDate date, LocalTime time, LocalDateTime meetingOrder,
                            Instant loggedAt, String loggedBy,
                            String description, String agendaItem, List<String> states,
                            Status status, String corrects, String before, String after, String reason,
                            List<String> correctedBy, String current) {

    public enum Status { RECORDED, CORRECTED, WITHDRAWN, CORRECTION, WITHDRAWAL }
}
