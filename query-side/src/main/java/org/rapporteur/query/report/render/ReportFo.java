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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.rapporteur.query.report.render.RenderText.blank;
import static org.rapporteur.query.report.render.RenderText.nz;

/**
 * The report as XSL-FO for Apache FOP, laid out as UN documents are: A4, the symbol at the head of every page
 * (right on odd pages, left on even ones), the page number at the foot, numbered paragraphs with a hanging number,
 * footnotes at the foot of the page they are cited on, the annex on a page of its own.
 */
final class ReportFo {

    private static final String NUMBER_WIDTH = "10mm";

    private final StringBuilder fo = new StringBuilder(32_768);
    private final Map<Integer, String> notes = new HashMap<>();

    static String of(ReportDocument report) {
        return new ReportFo().write(report);
    }

    private String write(ReportDocument report) {
        ReportDocument.Header h = report.header();
        report.footnotes().forEach(f -> notes.put(f.number(), f.text()));
        fo.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"")
                .append(" font-family=\"").append(PdfFonts.FAMILIES).append("\" font-size=\"10pt\" xml:lang=\"")
                .append(RenderText.language(report)).append("\">\n");
        layouts();
        fo.append("<fo:page-sequence master-reference=\"report\" initial-page-number=\"1\">\n");
        running("odd", "right", h.symbol());
        running("even", "left", h.symbol());
        fo.append("<fo:static-content flow-name=\"xsl-footnote-separator\"><fo:block end-indent=\"120mm\" space-after=\"2pt\">")
                .append("<fo:leader leader-pattern=\"rule\" leader-length=\"100%\" rule-thickness=\"0.5pt\"/></fo:block></fo:static-content>\n");
        fo.append("<fo:flow flow-name=\"xsl-region-body\" text-align=\"justify\" line-height=\"12pt\">\n");
        masthead(h);
        for (Section section : report.sections()) {
            block("role=\"H2\" font-weight=\"bold\" font-size=\"11pt\" space-before=\"14pt\" space-after=\"8pt\" keep-with-next.within-page=\"always\" text-align=\"start\"",
                    RenderText.heading(section));
            for (Block b : section.blocks()) {
                if (b instanceof SubHeading s && s.level() > 0) {
                    block("role=\"H3\" font-weight=\"bold\" space-before=\"10pt\" space-after=\"6pt\" keep-with-next.within-page=\"always\" text-align=\"start\"",
                            RenderText.heading(s));
                } else if (b instanceof SubHeading s) {
                    block("role=\"H4\" font-weight=\"bold\" font-style=\"italic\" start-indent=\"" + NUMBER_WIDTH + "\" space-before=\"8pt\" space-after=\"6pt\" keep-with-next.within-page=\"always\" text-align=\"start\"",
                            RenderText.heading(s));
                } else if (b instanceof Paragraph p) {
                    paragraph(p);
                }
            }
        }
        for (ReportDocument.Annex annex : RenderText.annexes(report)) {
            annex(report, annex);
        }
        fo.append("</fo:flow>\n</fo:page-sequence>\n</fo:root>\n");
        return fo.toString();
    }

    private void layouts() {
        fo.append("<fo:layout-master-set>\n");
        for (String side : new String[]{"first", "odd", "even"}) {
            fo.append("<fo:simple-page-master master-name=\"").append(side).append("\" page-width=\"210mm\" page-height=\"297mm\"")
                    .append(" margin-top=\"12mm\" margin-bottom=\"12mm\" margin-left=\"22mm\" margin-right=\"22mm\">\n")
                    .append("<fo:region-body margin-top=\"").append(side.equals("first") ? "6mm" : "16mm")
                    .append("\" margin-bottom=\"14mm\"/>\n");
            if (!side.equals("first")) {
                fo.append("<fo:region-before region-name=\"head-").append(side).append("\" extent=\"12mm\"/>\n");
            }
            fo.append("<fo:region-after region-name=\"foot-").append(side).append("\" extent=\"10mm\"/>\n</fo:simple-page-master>\n");
        }
        fo.append("<fo:page-sequence-master master-name=\"report\"><fo:repeatable-page-master-alternatives>\n")
                .append("<fo:conditional-page-master-reference master-reference=\"first\" page-position=\"first\"/>\n")
                .append("<fo:conditional-page-master-reference master-reference=\"odd\" odd-or-even=\"odd\"/>\n")
                .append("<fo:conditional-page-master-reference master-reference=\"even\" odd-or-even=\"even\"/>\n")
                .append("</fo:repeatable-page-master-alternatives></fo:page-sequence-master>\n</fo:layout-master-set>\n");
    }

    /** The symbol at the head and the page number at the foot, on the outer side. */
    private void running(String side, String align, String symbol) {
        fo.append("<fo:static-content flow-name=\"head-").append(side).append("\"><fo:block text-align=\"").append(align)
                .append("\" font-weight=\"bold\" font-size=\"10pt\" border-bottom=\"0.5pt solid black\" padding-bottom=\"2pt\">");
        text(nz(symbol));
        fo.append("</fo:block></fo:static-content>\n");
        footer(side, align);
        if (side.equals("odd")) {
            footer("first", align);
        }
    }

    private void footer(String side, String align) {
        fo.append("<fo:static-content flow-name=\"foot-").append(side).append("\"><fo:block text-align=\"").append(align)
                .append("\" font-size=\"9pt\" font-weight=\"bold\"><fo:page-number/></fo:block></fo:static-content>\n");
    }

    private void masthead(ReportDocument.Header h) {
        fo.append("<fo:block border-bottom=\"1.5pt solid black\" padding-bottom=\"3pt\" space-after=\"6pt\">")
                .append("<fo:table table-layout=\"fixed\" width=\"100%\"><fo:table-column column-width=\"60%\"/><fo:table-column column-width=\"40%\"/><fo:table-body><fo:table-row>")
                .append("<fo:table-cell display-align=\"after\"><fo:block font-size=\"13pt\" font-weight=\"bold\" text-align=\"start\">");
        text(nz(h.convention()));
        fo.append("</fo:block></fo:table-cell><fo:table-cell display-align=\"after\"><fo:block text-align=\"end\" font-size=\"14pt\" font-weight=\"bold\">");
        text(nz(h.symbol()));
        fo.append("</fo:block></fo:table-cell></fo:table-row></fo:table-body></fo:table></fo:block>\n");
        for (String line : new String[]{h.issuedOn(), h.language()}) {
            if (!blank(line)) {
                block("text-align=\"end\"", line);
            }
        }
        fo.append("<fo:block font-weight=\"bold\" space-before=\"14pt\" text-align=\"start\">");
        text(nz(h.meetingTitle()));
        if (!blank(h.placeAndDates())) {
            fo.append("</fo:block><fo:block font-weight=\"bold\" text-align=\"start\">");
            text(h.placeAndDates());
        }
        fo.append("</fo:block>\n<fo:block role=\"H1\" font-size=\"16pt\" font-weight=\"bold\" line-height=\"20pt\" space-before=\"14pt\" space-after=\"12pt\" text-align=\"start\">");
        text(nz(h.title()));
        if (!blank(h.titleNote())) {
            footnote("*", h.titleNote());
        }
        fo.append("</fo:block>\n");
    }

    private void paragraph(Paragraph p) {
        fo.append("<fo:list-block id=\"p").append(p.number()).append("\" provisional-distance-between-starts=\"").append(NUMBER_WIDTH)
                .append("\" provisional-label-separation=\"2mm\" space-after=\"").append(p.items().isEmpty() ? "6pt" : "3pt").append("\">")
                .append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block>").append(p.number())
                .append(".</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block>");
        inline(p.text());
        fo.append("</fo:block></fo:list-item-body></fo:list-item></fo:list-block>\n");
        if (p.items().isEmpty()) {
            return;
        }
        fo.append("<fo:list-block start-indent=\"").append(NUMBER_WIDTH).append("\" provisional-distance-between-starts=\"")
                .append(NUMBER_WIDTH).append("\" provisional-label-separation=\"2mm\" space-after=\"6pt\">");
        for (Item item : p.items()) {
            fo.append("<fo:list-item space-after=\"3pt\"><fo:list-item-label end-indent=\"label-end()\"><fo:block>");
            text(RenderText.itemLabel(p, item));
            fo.append("</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block>");
            inline(item.text());
            fo.append("</fo:block></fo:list-item-body></fo:list-item>");
        }
        fo.append("</fo:list-block>\n");
    }

    private void inline(List<Inline> parts) {
        for (Inline part : parts) {
            if (part instanceof Text t) {
                for (RenderText.Piece piece : RenderText.pieces(t.text())) {
                    if (piece.href() == null) {
                        text(piece.text());
                    } else {
                        fo.append("<fo:basic-link external-destination=\"url(");
                        PdfFonts.escape(fo, piece.href());
                        fo.append(")\"><fo:inline keep-together.within-line=\"always\">");
                        text(piece.text());
                        fo.append("</fo:inline></fo:basic-link>");
                    }
                }
            } else if (part instanceof FootnoteRef f) {
                footnote(String.valueOf(f.number()), notes.getOrDefault(f.number(), ""));
            }
        }
    }

    /** A note called where it is cited and set at the foot of that page. */
    private void footnote(String mark, String text) {
        fo.append("<fo:footnote><fo:inline baseline-shift=\"super\" font-size=\"7pt\">").append(mark)
                .append("</fo:inline><fo:footnote-body><fo:list-block start-indent=\"0pt\" end-indent=\"0pt\" provisional-distance-between-starts=\"").append(NUMBER_WIDTH)
                .append("\" provisional-label-separation=\"1mm\" font-size=\"8.5pt\" line-height=\"10pt\" font-weight=\"normal\" text-align=\"start\" space-after=\"2pt\">")
                .append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block text-align=\"end\"><fo:inline baseline-shift=\"super\" font-size=\"6pt\">")
                .append(mark).append("</fo:inline></fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block>");
        for (RenderText.Piece piece : RenderText.pieces(text)) {
            text(piece.text());
        }
        fo.append("</fo:block></fo:list-item-body></fo:list-item></fo:list-block></fo:footnote-body></fo:footnote>");
    }

    private void annex(ReportDocument report, ReportDocument.Annex annex) {
        block("role=\"H2\" break-before=\"page\" font-size=\"14pt\" font-weight=\"bold\" space-after=\"6pt\" text-align=\"start\"",
                RenderText.annexHeading(report, annex));
        block("font-weight=\"bold\" space-after=\"10pt\" text-align=\"start\"", nz(annex.title()));
        if (annex.documents().isEmpty()) {
            blocks(annex.blocks());
            return;
        }
        fo.append("<fo:table table-layout=\"fixed\" width=\"100%\" font-size=\"9.5pt\" text-align=\"start\">")
                .append("<fo:table-column column-width=\"35%\"/><fo:table-column column-width=\"65%\"/>")
                .append("<fo:table-header><fo:table-row border-top=\"0.5pt solid black\" border-bottom=\"0.5pt solid black\">");
        for (String title : new String[]{RenderText.label(report, "symbol"), RenderText.label(report, "title")}) {
            fo.append("<fo:table-cell padding=\"3pt\"><fo:block font-style=\"italic\">").append(title).append("</fo:block></fo:table-cell>");
        }
        fo.append("</fo:table-row></fo:table-header><fo:table-body>");
        for (ReportDocument.AnnexEntry e : annex.documents()) {
            fo.append("<fo:table-row keep-together.within-page=\"always\">");
            for (String cell : new String[]{e.symbol(), e.title()}) {
                fo.append("<fo:table-cell padding=\"3pt\"><fo:block>");
                text(nz(cell));
                fo.append("</fo:block></fo:table-cell>");
            }
            fo.append("</fo:table-row>");
        }
        fo.append("</fo:table-body></fo:table>\n");
    }

    /** An annex's own blocks: headings kept with what follows, labelled paragraphs hanging, names a line each, notes in italics. */
    private void blocks(List<ReportDocument.AnnexBlock> blocks) {
        for (ReportDocument.AnnexBlock block : blocks) {
            if (block instanceof ReportDocument.AnnexHeading h) {
                block((h.level() > 1 ? "role=\"H4\" font-style=\"italic\" space-before=\"8pt\"" : "role=\"H3\" font-weight=\"bold\" space-before=\"12pt\"")
                        + " space-after=\"6pt\" keep-with-next.within-page=\"always\" text-align=\"start\"", h.text());
            } else if (block instanceof ReportDocument.AnnexParagraph p) {
                fo.append("<fo:list-block provisional-distance-between-starts=\"").append(NUMBER_WIDTH)
                        .append("\" provisional-label-separation=\"2mm\" space-after=\"6pt\">")
                        .append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block>");
                text(p.label() == null ? "" : p.label());
                fo.append("</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block>");
                for (RenderText.Piece piece : RenderText.pieces(p.text())) {
                    text(piece.text());
                }
                fo.append("</fo:block></fo:list-item-body></fo:list-item></fo:list-block>\n");
            } else if (block instanceof ReportDocument.AnnexList l) {
                for (String item : l.items()) {
                    block("start-indent=\"" + NUMBER_WIDTH + "\" text-align=\"start\" keep-together.within-page=\"always\"", item);
                }
                fo.append("<fo:block space-after=\"6pt\"/>\n");
            } else if (block instanceof ReportDocument.AnnexNote n) {
                block("font-style=\"italic\" font-size=\"9.5pt\" space-after=\"8pt\" text-align=\"start\"", RenderText.plain(n.text()));
            }
        }
    }

    private void block(String attributes, String text) {
        fo.append("<fo:block ").append(attributes).append('>');
        text(text);
        fo.append("</fo:block>\n");
    }

    private void text(String text) {
        PdfFonts.text(fo, text);
    }
}
