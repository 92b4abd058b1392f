package org.rapporteur.query.report.render;

import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;

import java.util.List;

/**
 * The report as one self-contained, printable HTML page (inline CSS, A4 print styles). Every numbered paragraph
 * carries {@code data-event-ids}: the ids of the events it was generated from, separated by spaces.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            @page { size: A4; margin: 25mm 22mm 25mm 22mm; }
            body { font-family: "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.35;
                   max-width: 170mm; margin: 2em auto; color: #000; background: #fff; }
            .masthead { border-bottom: 1.5pt solid #000; padding-bottom: 0.6em; margin-bottom: 1.2em; }
            .masthead p { margin: 0.15em 0; }
            .masthead .convention { font-size: 14pt; font-weight: bold; }
            .masthead .symbol { float: right; font-weight: bold; }
            .masthead .issued, .masthead .language { text-align: right; }
            .meeting { font-weight: bold; margin-top: 1em; }
            h1 { font-size: 16pt; margin: 1em 0 0.8em; }
            h2 { font-size: 12pt; margin: 1.4em 0 0.6em; page-break-after: avoid; break-after: avoid; }
            h3 { font-size: 11pt; margin: 1.2em 0 0.5em; page-break-after: avoid; break-after: avoid; }
            h4 { font-size: 11pt; font-style: italic; margin: 1em 0 0.4em 10mm; page-break-after: avoid; break-after: avoid; }
            p.para { margin: 0 0 0.7em 0; padding-left: 10mm; text-indent: -10mm; text-align: justify; }
            p.para .num { display: inline-block; width: 10mm; text-indent: 0; }
            ol.items { list-style: none; margin: 0 0 0.7em 20mm; padding: 0; }
            ol.items li { margin: 0.2em 0; padding-left: 10mm; text-indent: -10mm; }
            ol.items .label { display: inline-block; width: 10mm; text-indent: 0; }
            sup.fn a { text-decoration: none; color: inherit; }
            .title-note, .footnotes { font-size: 9pt; }
            .footnotes { border-top: 0.75pt solid #000; margin-top: 2em; padding-top: 0.5em; }
            .footnotes p { margin: 0.2em 0; }
            .annex { page-break-before: always; break-before: page; }
            .annex-title { font-weight: bold; font-size: 12pt; }
            h4.annex-heading { margin-left: 0; }
            p.annex-para { margin: 0 0 0.7em 0; padding-left: 10mm; text-align: justify; }
            p.annex-para .num { display: inline-block; width: 10mm; margin-left: -10mm; }
            p.annex-note { font-style: italic; font-size: 10pt; margin: 0 0 1em 0; }
            ul.names { list-style: none; margin: 0 0 1em 10mm; padding: 0; columns: 2; column-gap: 10mm; }
            ul.names li { margin: 0; padding: 0.1em 0; break-inside: avoid; }
            table.documents { border-collapse: collapse; width: 100%; font-size: 10pt; }
            table.documents th { font-style: italic; font-weight: normal; text-align: left;
                                 border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; padding: 0.3em 0.5em; }
            table.documents td { vertical-align: top; padding: 0.25em 0.5em; }
            table.documents tr:last-child td { border-bottom: 0.75pt solid #000; }
            table.documents td.symbol { white-space: nowrap; }
            table.documents thead { display: table-header-group; }
            table.documents tr { page-break-inside: avoid; break-inside: avoid; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
            """;

    public String render(ReportDocument report) {
        StringBuilder html = new StringBuilder(16_384);
        ReportDocument.Header h = report.header();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(RenderText.language(report)).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(join(h.meetingTitle(), h.title(), " — "))).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header class=\"masthead\">\n");
        element(html, "p", "symbol", h.symbol());
        element(html, "p", "convention", h.convention());
        element(html, "p", "issued", h.issuedOn());
        element(html, "p", "language", h.language());
        html.append("</header>\n");
        if (!blank(h.meetingTitle()) || !blank(h.placeAndDates())) {
            html.append("<p class=\"meeting\">").append(escape(nz(h.meetingTitle())));
            if (!blank(h.placeAndDates())) {
                html.append("<br>").append(escape(h.placeAndDates()));
            }
            html.append("</p>\n");
        }
        html.append("<h1>").append(escape(nz(h.title())));
        if (!blank(h.titleNote())) {
            html.append("<sup>*</sup>");
        }
        html.append("</h1>\n");

        for (Section section : report.sections()) {
            html.append("<section>\n<h2>").append(escape(heading(section))).append("</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof SubHeading s) {
                    String tag = s.level() > 0 ? "h3" : "h4";
                    html.append('<').append(tag).append('>').append(escape(RenderText.heading(s))).append("</").append(tag).append(">\n");
                } else if (block instanceof Paragraph p) {
                    paragraph(html, p);
                }
            }
            html.append("</section>\n");
        }

        if (!blank(h.titleNote()) || !report.footnotes().isEmpty()) {
            html.append("<footer class=\"footnotes\">\n");
            if (!blank(h.titleNote())) {
                html.append("<p class=\"title-note\">* ").append(escape(h.titleNote())).append("</p>\n");
            }
            for (ReportDocument.Footnote f : report.footnotes()) {
                html.append("<p id=\"fn").append(f.number()).append("\"><sup>").append(f.number()).append("</sup> ")
                        .append(linked(f.text())).append("</p>\n");
            }
            html.append("</footer>\n");
        }

        for (ReportDocument.Annex annex : RenderText.annexes(report)) {
            html.append("<section class=\"annex\">\n<h2>").append(escape(RenderText.annexHeading(report, annex))).append("</h2>\n");
            element(html, "p", "annex-title", annex.title());
            if (annex.documents().isEmpty()) {
                blocks(html, annex.blocks());
                html.append("</section>\n");
                continue;
            }
            html.append("<table class=\"documents\">\n<thead><tr><th>").append(escape(RenderText.label(report, "symbol")))
                    .append("</th><th>").append(escape(RenderText.label(report, "title"))).append("</th></tr></thead>\n<tbody>\n");
            for (ReportDocument.AnnexEntry e : annex.documents()) {
                html.append("<tr><td class=\"symbol\">").append(escape(e.symbol())).append("</td><td>")
                        .append(linked(e.title())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** An annex's own blocks: a decision's or category's heading (h3), a decision's annex (h4), paragraphs, lists, notes. */
    private static void blocks(StringBuilder html, List<ReportDocument.AnnexBlock> blocks) {
        for (ReportDocument.AnnexBlock block : blocks) {
            if (block instanceof ReportDocument.AnnexHeading h) {
                String tag = h.level() > 1 ? "h4" : "h3";
                html.append('<').append(tag).append(" class=\"annex-heading\">").append(escape(h.text()))
                        .append("</").append(tag).append(">\n");
            } else if (block instanceof ReportDocument.AnnexParagraph p) {
                html.append("<p class=\"annex-para\">");
                if (p.label() != null) {
                    html.append("<span class=\"num\">").append(escape(p.label())).append("</span>");
                }
                html.append(linked(p.text())).append("</p>\n");
            } else if (block instanceof ReportDocument.AnnexList l) {
                html.append("<ul class=\"names\">\n");
                l.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof ReportDocument.AnnexNote n) {
                html.append("<p class=\"annex-note\">").append(linked(n.text())).append("</p>\n");
            }
        }
    }

    private static void paragraph(StringBuilder html, Paragraph p) {
        html.append("<p class=\"para\" id=\"p").append(p.number()).append("\" data-event-ids=\"")
                .append(escape(String.join(" ", p.eventIds()))).append("\"><span class=\"num\">")
                .append(p.number()).append(".</span>").append(inline(p.text())).append("</p>\n");
        if (!p.items().isEmpty()) {
            html.append("<ol class=\"items").append(p.lettered() ? " lettered" : " bulleted").append("\">\n");
            for (Item item : p.items()) {
                String label = item.label() != null ? item.label() : (p.lettered() ? "" : "\u2022");
                html.append("<li><span class=\"label\">").append(escape(label)).append("</span>")
                        .append(inline(item.text())).append("</li>\n");
            }
            html.append("</ol>\n");
        }
    }

    static String heading(Section section) {
        return blank(section.number()) ? nz(section.title()) : section.number() + ". " + nz(section.title());
    }

    private static String inline(List<Inline> parts) {
        StringBuilder out = new StringBuilder();
        for (Inline part : parts) {
            if (part instanceof Text t) {
                out.append(linked(t.text()));
            } else if (part instanceof FootnoteRef f) {
                out.append("<sup class=\"fn\"><a href=\"#fn").append(f.number()).append("\">")
                        .append(f.number()).append("</a></sup>");
            }
        }
        return out.toString();
    }

    /** Escaped text with its web addresses as links (the wording's {@code <http://...>} shows as the address alone). */
    private static String linked(String text) {
        StringBuilder out = new StringBuilder();
        for (RenderText.Piece piece : RenderText.pieces(text)) {
            if (piece.href() == null) {
                out.append(escape(piece.text()));
            } else {
                out.append("<a href=\"").append(escape(piece.href())).append("\">").append(escape(piece.text())).append("</a>");
            }
        }
        return out.toString();
    }

    private static void element(StringBuilder html, String tag, String cssClass, String text) {
        if (!blank(text)) {
            html.append('<').append(tag).append(" class=\"").append(cssClass).append("\">").append(escape(text))
                    .append("</").append(tag).append(">\n");
        }
    }

    private static String join(String a, String b, String separator) {
        if (blank(a)) {
            return nz(b);
        }
        return blank(b) ? a : a + separator + b;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
