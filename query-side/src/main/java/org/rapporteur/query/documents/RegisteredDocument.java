package org.rapporteur.query.documents;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** One document of the meeting: as submitted (or as corrected), under which agenda item, and whether withdrawn. */
@Schema(name = "registered-document")
public record RegisteredDocument(String symbol, String title, String submittedBy, String kind,
                                 Integer plenarySession, LocalDate submittedOn, String agendaItem,
                                 boolean withdrawn, String withdrawalReason, List<String> eventIds) {
}
