package org.rapporteur.query.documents;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingContext;
import org.rapporteur.query.history.MeetingHistory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The register of the meeting's documents in the order they were submitted; withdrawn documents stay, marked. */
@Schema(name = "document-register")
public record DocumentRegister(List<RegisteredDocument> documents) {

    public static DocumentRegister of(MeetingHistory history) {
        return history.derived(DocumentRegister.class, DocumentRegister::fold);
    }

    private static DocumentRegister fold(MeetingHistory history) {
        MeetingContext context = MeetingContext.of(history);
        Map<DocumentSymbol, RegisteredDocument> bySymbol = new LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            if (action.facts() instanceof DocumentSubmitted submitted) {
                RegisteredDocument earlier = bySymbol.get(submitted.symbol());
                List<String> ids = new ArrayList<>(earlier == null ? List.of() : earlier.eventIds());
                ids.addAll(action.eventIds());
                bySymbol.put(submitted.symbol(), new RegisteredDocument(submitted.symbol().text(), submitted.title(),
                        submitted.submittedBy(), submitted.kind().name(), submitted.moment().plenarySession(),
                        submitted.moment().date(), context.agendaItem(action.original().eventId()),
                        false, null, List.copyOf(ids)));
            } else if (action.facts() instanceof DocumentWithdrawn withdrawn) {
                RegisteredDocument document = bySymbol.get(withdrawn.symbol());
                if (document != null) {
                    List<String> ids = new ArrayList<>(document.eventIds());
                    ids.addAll(action.eventIds());
                    bySymbol.put(withdrawn.symbol(), new RegisteredDocument(document.symbol(), document.title(),
                            document.submittedBy(), document.kind(), document.plenarySession(), document.submittedOn(),
                            document.agendaItem(), true, withdrawn.reason(), List.copyOf(ids)));
                }
            }
        }
        return new DocumentRegister(List.copyOf(bySymbol.values()));
    }
}
