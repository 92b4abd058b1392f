package org.rapporteur.query.documents;

import java.time.LocalDate;
import java.util.List;

/** One document of the meeting: as submitted (or as corrected), under which agenda item, and whether withdrawn. */
public record RegisteredDocument(String symbol, String title, String submittedBy, String kind,
                                 Integer plenarySession, LocalDate submittedOn, String agendaItem,
                                 boolean withdrawn, String withdrawalReason, List<String> eventIds) {
}
