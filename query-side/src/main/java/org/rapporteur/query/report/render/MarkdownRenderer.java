package org.rapporteur.query.report.render;

import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;

import java.util.List;
import org.rapporteur.query.report.ReportDocument;

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
                    md.append("### ").append(s.number() == null ? "" : s.number() + ". ").append(s.text()).append("\n\n");
                } else if (block instanceof Paragraph p) {
                    md.append(p.number()).append(". ");
                    inline(md, p.text());
                    md.append('\n');
                    for (Item item : p.items()) {
                        md.append("   - ");
                        if (item.label() != null) {
                            md.append(item.label()).append(' ');
                        }
                        inline(md, item.text());
                        md.append('\n');
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
        for (ReportDocument.Annex annex : RenderText.annexes(report)) {
            int end = md.length();
            if (end > 0 && !(end >= 2 && md.charAt(end - 1) == '\n' && md.charAt(end - 2) == '\n')) {
                md.append('\n'); // after a table: a heading needs a blank line before it
            }
            md.append("## ").append(label(report, "annex"));
            if (annex.number() != null && !annex.number().isBlank()) {
                md.append(' ').append(annex.number());
            }
            md.append("\n\n").append(annex.title()).append("\n\n");
            if (annex.documents().isEmpty()) {
                blocks(md, annex.blocks());
                continue;
            }
            md.append("| ").append(label(report, "symbol")).append(" | ").append(label(report, "title")).append(" |\n|---|---|\n");
            for (ReportDocument.AnnexEntry e : annex.documents()) {
                md.append("| ");
                cell(md, e.symbol());
                md.append(" | ");
                cell(md, e.title());
                md.append(" |\n");
            }
        }
        return md.toString();
    }

    /** An annex's own blocks: headings a level below the annex's, paragraphs with their labels, lists, notes in italics. */
    private static void blocks(StringBuilder md, List<ReportDocument.AnnexBlock> blocks) {
        for (ReportDocument.AnnexBlock block : blocks) {
            if (block instanceof ReportDocument.AnnexHeading h) {
                md.append(h.level() > 1 ? "#### " : "### ");
                escape(md, h.text(), false);
            } else if (block instanceof ReportDocument.AnnexParagraph p) {
                if (p.label() != null) {
                    md.append(p.label().replace(".", "\\.")).append(' ');
                }
                escape(md, p.text(), false);
            } else if (block instanceof ReportDocument.AnnexList l) {
                for (int k = 0; k < l.items().size(); k++) {
                    md.append(k == 0 ? "" : "\n").append("- ");
                    escape(md, l.items().get(k), false);
                }
            } else if (block instanceof ReportDocument.AnnexNote n) {
                md.append('*');
                escape(md, n.text(), false);
                md.append('*');
            }
            md.append("\n\n");
        }
    }

    /** A word printed around the wording ("Annex"), from the renderers' labels in the report's language. */
    private static String label(ReportDocument report, String key) {
        String language = report.language() == null || report.language().isBlank() ? "en" : report.language();
        return java.util.ResourceBundle.getBundle("org.rapporteur.query.report.render.labels",
                java.util.Locale.forLanguageTag(language), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** Running text straight into {@code md}: escaped text, footnote references as {@code [^n]}. */
    private static void inline(StringBuilder md, List<Inline> parts) {
        for (Inline part : parts) {
            if (part instanceof Text t) {
                escape(md, t.text(), false);
            } else if (part instanceof FootnoteRef f) {
                md.append("[^").append(f.number()).append(']');
            }
        }
    }

    private static void cell(StringBuilder md, String text) {
        escape(md, text, true);
    }

    /** Appends {@code text} with {@code *} and {@code _} (and, in a table cell, {@code |}) escaped by a backslash. */
    private static void escape(StringBuilder md, String text, boolean cell) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && (!cell || text.indexOf('|') < 0)) {
            md.append(text); // most text has nothing to escape, and these searches are the fastest way to know
            return;
        }
        int from = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '*' || c == '_' || (cell && c == '|')) {
                md.append(text, from, k).append('\\').append(c);
                from = k + 1;
            }
        }
        md.append(text, from, text.length());
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
