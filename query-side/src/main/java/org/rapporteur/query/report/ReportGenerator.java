package org.rapporteur.query.report;

import org.rapporteur.events.Actions;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.text.Ordinals;

import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER on branch render only, so the endpoint, projection and CLI compile and run before the real
 * generator (branch report) lands; the merge replaces this file with it. One paragraph per effective action.
 */
public final class ReportGenerator {

    public ReportDocument generate(MeetingHistory history) {
        List<EffectiveAction> actions = history.effectiveActions();
        MeetingConvened convened = actions.stream().map(EffectiveAction::facts)
                .filter(MeetingConvened.class::isInstance).map(MeetingConvened.class::cast).findFirst().orElse(null);
        String title = convened == null ? history.meetingId() : Ordinals.word(convened.ordinal()) + " " + convened.meetingKind();
        ReportDocument.Header header = new ReportDocument.Header(convened == null ? "" : convened.convention().name(),
                "", "Original: English", title, convened == null ? "" : convened.venue().city(), "Final report",
                convened == null ? "" : convened.symbolPrefix(), null);
        List<ReportDocument.Block> blocks = new ArrayList<>();
        int number = 0;
        for (EffectiveAction action : actions) {
            blocks.add(new ReportDocument.Paragraph(++number,
                    List.of(new ReportDocument.Text(Actions.name(action.facts().getClass()))), List.of(), false, action.eventIds()));
        }
        List<ReportDocument.AnnexEntry> documents = actions.stream().map(EffectiveAction::facts)
                .filter(DocumentSubmitted.class::isInstance).map(DocumentSubmitted.class::cast)
                .map(d -> new ReportDocument.AnnexEntry(d.symbol(), d.title())).toList();
        return new ReportDocument(header, List.of(new ReportDocument.Section("I", "Proceedings", blocks)), List.of(),
                new ReportDocument.Annex("List of documents", documents));
    }
}
