package org.rapporteur.query.console;

import org.rapporteur.query.report.ReportDocument;

import java.util.ArrayList;
import java.util.List;

/** The draft report flattened for the page: paragraphs with their text, items and the ids of their events. */
public record ReportPreview(String title, String symbol, List<Section> sections, List<String> footnotes,
                            List<String> annex) {

    public record Section(String heading, List<Block> blocks) {
    }

    /** A sub-heading ({@code number} 0) or a numbered paragraph. */
    public record Block(int number, String text, List<String> items, String eventIds) {
        public boolean heading() {
            return number == 0;
        }
    }

    static ReportPreview unavailable(String why) {
        return new ReportPreview("Draft final report", "", List.of(new Section("", List.of(new Block(0, why, List.of(), "")))),
                List.of(), List.of());
    }

    static ReportPreview of(ReportDocument document) {
        List<Section> sections = new ArrayList<>();
        for (ReportDocument.Section section : document.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (ReportDocument.Block block : section.blocks()) {
                if (block instanceof ReportDocument.SubHeading heading) {
                    blocks.add(new Block(0, heading.text(), List.of(), ""));
                } else if (block instanceof ReportDocument.Paragraph paragraph) {
                    List<String> items = new ArrayList<>();
                    for (ReportDocument.Item item : paragraph.items()) {
                        items.add((item.label() == null ? "" : item.label() + " ") + text(item.text()));
                    }
                    blocks.add(new Block(paragraph.number(), text(paragraph.text()), items,
                            String.join(",", paragraph.eventIds())));
                }
            }
            sections.add(new Section((section.number() == null ? "" : section.number() + ". ") + section.title(), blocks));
        }
        List<String> footnotes = new ArrayList<>();
        for (ReportDocument.Footnote footnote : document.footnotes()) {
            footnotes.add(footnote.number() + " " + footnote.text());
        }
        List<String> annex = new ArrayList<>();
        if (document.annex() != null) {
            for (ReportDocument.AnnexEntry entry : document.annex().documents()) {
                annex.add(entry.symbol() + " — " + entry.title());
            }
        }
        return new ReportPreview(document.header().title(), document.header().symbol(), sections, footnotes, annex);
    }

    private static String text(List<ReportDocument.Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (ReportDocument.Inline inline : inlines) {
            if (inline instanceof ReportDocument.Text plain) {
                text.append(plain.text());
            } else if (inline instanceof ReportDocument.FootnoteRef reference) {
                text.append('[').append(reference.number()).append(']');
            }
        }
        return text.toString();
    }
}
