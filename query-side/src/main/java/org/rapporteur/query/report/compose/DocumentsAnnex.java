package org.rapporteur.query.report.compose;

import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.query.report.ReportDocument.AnnexEntry;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;

/** The list of documents: each document submitted, as issued (symbol, title and by whom), or withdrawn. */
final class DocumentsAnnex {

    private DocumentsAnnex() {
    }

    static List<AnnexEntry> entries(Context c) {
        List<AnnexEntry> entries = new ArrayList<>();
        for (DocumentSubmitted d : c.facts.documents().values()) {
            String title;
            if (c.facts.withdrawn().contains(d.symbol())) {
                title = c.say.say("annex.withdrawn");
            } else {
                boolean by = d.submittedBy() != null && !d.submittedBy().isBlank();
                title = c.texts.withoutNote(() -> c.say.say("annex.entry", "title", c.texts.plain(d.title()),
                        "by", by ? c.names.recordedInText(d.submittedBy(), "text") : Phrasing.NONE,
                        "byOf", by ? c.names.recordedInText(d.submittedBy(), "of") : Phrasing.NONE,
                        "kind", d.kind() == null ? DocumentKind.MISC : d.kind()));
            }
            entries.add(new AnnexEntry(d.symbol().text(), title));
        }
        return entries;
    }
}
