package org.rapporteur.query.report;

import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;

import java.util.List;

/** The report as Markdown: footnotes as {@code [^n]} references with {@code [^n]: text} definitions, the annex as a table. */
public final class MarkdownRenderer {

    public String render(ReportDocument report) {
        StringBuilder md = new StringBuilder();
        ReportDocument.Header h = report.header();
        line(md, h.convention());
        line(md, h.issuedOn());
        line(md, h.language());
        if (!blank(h.meetingTitle())) {
            md.append("**").append(h.meetingTitle()).append("**  \n**").append(h.placeAndDates()).append("**\n\n");
        }
        if (!blank(h.symbol())) {
            line(md, h.symbol());
        }
        md.append("# ").append(h.title()).append(blank(h.titleNote()) ? "" : "\\*").append("\n\n");
        if (!blank(h.titleNote())) {
            md.append("\\* ").append(h.titleNote()).append("\n\n");
        }
        for (Section section : report.sections()) {
            md.append("## ").append(section.number()).append(". ").append(section.title()).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof SubHeading s) {
                    md.append("### ").append(s.text()).append("\n\n");
                } else if (block instanceof Paragraph p) {
                    md.append(p.number()).append(". ").append(inline(p.text())).append('\n');
                    for (Item item : p.items()) {
                        md.append("   - ").append(item.label() == null ? "" : item.label() + " ").append(inline(item.text())).append('\n');
                    }
                    md.append('\n');
                }
            }
        }
        for (ReportDocument.Footnote f : report.footnotes()) {
            md.append("[^").append(f.number()).append("]: ").append(f.text()).append('\n');
        }
        if (!report.footnotes().isEmpty()) {
            md.append('\n');
        }
        if (report.annex() != null && !report.annex().documents().isEmpty()) {
            md.append("## Annex\n\n").append(report.annex().title()).append("\n\n");
            md.append("| Symbol | Title |\n|---|---|\n");
            for (ReportDocument.AnnexEntry e : report.annex().documents()) {
                md.append("| ").append(cell(e.symbol())).append(" | ").append(cell(e.title())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String inline(List<Inline> parts) {
        StringBuilder out = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof Text t) {
                out.append(escape(t.text()));
            } else if (part instanceof FootnoteRef f) {
                out.append("[^").append(f.number()).append(']');
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("*", "\\*").replace("_", "\\_");
    }

    private static String cell(String text) {
        return escape(text).replace("|", "\\|");
    }

    private static void line(StringBuilder md, String text) {
        if (!blank(text)) {
            md.append(text).append("\n\n");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
