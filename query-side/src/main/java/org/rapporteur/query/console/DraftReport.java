package org.rapporteur.query.console;

import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.text.Ordinals;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft report the console previews. Until the report generator is merged this lists one paragraph per
 * action, carrying its event ids, so the preview, its links to events and the historian view work end to end.
 */
final class DraftReport {

    private DraftReport() {
    }

    static ReportDocument of(MeetingHistory history) {
        List<ReportDocument.Block> paragraphs = new ArrayList<>();
        String title = history.meetingId();
        String symbol = "";
        int number = 0;
        for (EffectiveAction action : history.effectiveActions()) {
            if (action.facts() instanceof MeetingConvened convened) {
                title = Ordinals.word(convened.ordinal()) + " " + convened.meetingKind();
                symbol = convened.symbolPrefix();
            }
            paragraphs.add(new ReportDocument.Paragraph(++number,
                    List.of(new ReportDocument.Text(Describe.line(action.facts()) + " ("
                            + Describe.moment(action.facts().moment()) + ").")),
                    List.of(), false, action.eventIds()));
        }
        return new ReportDocument(
                new ReportDocument.Header("", "", "English", title, "", "Draft final report", symbol, null),
                List.of(new ReportDocument.Section("I", "Proceedings", paragraphs)),
                List.of(), new ReportDocument.Annex("List of documents", List.of()));
    }
}
