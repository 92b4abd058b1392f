package org.rapporteur.query.report.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as a Word document (A4): numbered paragraphs with hanging indents, lettered items, State sub-headings,
 * real Word footnotes, and the annex as a table. Paragraph numbers are written as text so they always equal the
 * model's numbers, as in UN documents.
 */
public final class DocxRenderer {

    private static final String FONT = "Times New Roman";
    private static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    private static final String FOOTNOTE_TEXT = "FootnoteText";
    private static final int TWIPS_PER_CM = 567;
    private static final int NUMBER_INDENT = TWIPS_PER_CM;       // 1 cm hanging indent for "12."
    private static final int ITEM_INDENT = 2 * TWIPS_PER_CM;     // items sit one step further in

    public byte[] render(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            Map<Integer, XWPFAbstractFootnoteEndnote> footnotes = footnotes(doc, report);
            masthead(doc, report.header());
            for (Section section : report.sections()) {
                heading(doc, HtmlRenderer.heading(section), 12, false);
                for (Block block : section.blocks()) {
                    if (block instanceof SubHeading s) {
                        XWPFParagraph p = heading(doc, s.text(), 11, true);
                        p.setIndentationLeft(NUMBER_INDENT);
                    } else if (block instanceof Paragraph p) {
                        paragraph(doc, p, footnotes);
                    }
                }
            }
            titleNote(doc, report.header());
            annex(doc, report.annex());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DOCX report", e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1247));
    }

    /** Word footnotes, keyed by the model's footnote number; Word numbers them itself in order of reference. */
    private static Map<Integer, XWPFAbstractFootnoteEndnote> footnotes(XWPFDocument doc, ReportDocument report) {
        Map<Integer, XWPFAbstractFootnoteEndnote> byNumber = new HashMap<>();
        if (report.footnotes().isEmpty()) {
            return byNumber;
        }
        footnoteStyles(doc);
        XWPFFootnotes notes = doc.createFootnotes();
        separator(notes, -1, STFtnEdn.SEPARATOR);
        separator(notes, 0, STFtnEdn.CONTINUATION_SEPARATOR);
        for (ReportDocument.Footnote f : report.footnotes()) {
            XWPFAbstractFootnoteEndnote note = doc.createFootnote();
            XWPFParagraph p = note.createParagraph();
            p.setStyle(FOOTNOTE_TEXT);
            XWPFRun text = p.createRun();
            text.setText(" " + f.text());
            font(text, 9);
            byNumber.put(f.number(), note);
        }
        return byNumber;
    }

    /** The separator line above the notes and its continuation, as Word writes them. */
    private static void separator(XWPFFootnotes notes, int id, STFtnEdn.Enum type) {
        CTFtnEdn separator = CTFtnEdn.Factory.newInstance();
        separator.setId(BigInteger.valueOf(id));
        separator.setType(type);
        CTR run = separator.addNewP().addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            run.addNewSeparator();
        } else {
            run.addNewContinuationSeparator();
        }
        notes.addFootnote(separator);
    }

    /** The styles Word footnotes refer to: a superscript reference mark and small note text. */
    private static void footnoteStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyle reference = CTStyle.Factory.newInstance();
        reference.setStyleId(FOOTNOTE_REFERENCE);
        reference.setType(STStyleType.CHARACTER);
        reference.addNewName().setVal("footnote reference");
        reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(reference, styles));
        CTStyle text = CTStyle.Factory.newInstance();
        text.setStyleId(FOOTNOTE_TEXT);
        text.setType(STStyleType.PARAGRAPH);
        text.addNewName().setVal("footnote text");
        text.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        text.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        styles.addStyle(new XWPFStyle(text, styles));
    }

    private static void masthead(XWPFDocument doc, ReportDocument.Header h) {
        if (!HtmlRenderer.blank(h.symbol())) {
            XWPFParagraph symbol = doc.createParagraph();
            symbol.setAlignment(ParagraphAlignment.RIGHT);
            run(symbol, h.symbol(), 12, true, false);
        }
        XWPFParagraph convention = doc.createParagraph();
        convention.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        run(convention, HtmlRenderer.nz(h.convention()), 14, true, false);
        for (String line : new String[]{h.issuedOn(), h.language()}) {
            if (!HtmlRenderer.blank(line)) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setSpacingAfter(0);
                run(p, line, 10, false, false);
            }
        }
        if (!HtmlRenderer.blank(h.meetingTitle()) || !HtmlRenderer.blank(h.placeAndDates())) {
            XWPFParagraph meeting = doc.createParagraph();
            meeting.setSpacingBefore(240);
            XWPFRun title = run(meeting, HtmlRenderer.nz(h.meetingTitle()), 11, true, false);
            if (!HtmlRenderer.blank(h.placeAndDates())) {
                title.addBreak();
                run(meeting, h.placeAndDates(), 11, true, false);
            }
        }
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingBefore(240);
        title.setSpacingAfter(240);
        run(title, HtmlRenderer.nz(h.title()), 16, true, false);
        if (!HtmlRenderer.blank(h.titleNote())) {
            XWPFRun star = run(title, "*", 16, true, false);
            star.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
        }
    }

    private static void paragraph(XWPFDocument doc, Paragraph model, Map<Integer, XWPFAbstractFootnoteEndnote> footnotes) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationLeft(NUMBER_INDENT);
        p.setIndentationHanging(NUMBER_INDENT);
        p.setSpacingAfter(120);
        run(p, model.number() + ".", 11, false, false).addTab();
        inline(p, model.text(), footnotes);
        for (Item item : model.items()) {
            XWPFParagraph i = doc.createParagraph();
            i.setAlignment(ParagraphAlignment.BOTH);
            i.setIndentationLeft(ITEM_INDENT);
            i.setIndentationHanging(NUMBER_INDENT);
            i.setSpacingAfter(60);
            String label = item.label() != null ? item.label() : (model.lettered() ? "" : "\u2022");
            run(i, label, 11, false, false).addTab();
            inline(i, item.text(), footnotes);
        }
    }

    private static void inline(XWPFParagraph p, List<Inline> parts, Map<Integer, XWPFAbstractFootnoteEndnote> footnotes) {
        for (Inline part : parts) {
            if (part instanceof Text t) {
                run(p, t.text(), 11, false, false);
            } else if (part instanceof FootnoteRef f) {
                XWPFAbstractFootnoteEndnote note = footnotes.get(f.number());
                if (note != null) {
                    p.addFootnoteReference(note);
                } else {
                    run(p, String.valueOf(f.number()), 11, false, false)
                            .setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
                }
            }
        }
    }

    private static void titleNote(XWPFDocument doc, ReportDocument.Header h) {
        if (!HtmlRenderer.blank(h.titleNote())) {
            XWPFParagraph note = doc.createParagraph();
            note.setSpacingBefore(360);
            note.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            run(note, "* " + h.titleNote(), 9, false, false);
        }
    }

    private static void annex(XWPFDocument doc, ReportDocument.Annex annex) {
        if (annex == null || annex.documents().isEmpty()) {
            return;
        }
        XWPFParagraph heading = heading(doc, "Annex", 12, false);
        heading.setPageBreak(true);
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingAfter(200);
        run(title, HtmlRenderer.nz(annex.title()), 11, true, false);

        XWPFTable table = doc.createTable(annex.documents().size() + 1, 2);
        table.setTableAlignment(TableRowAlign.LEFT);
        table.setWidth("100%");
        table.removeInsideVBorder();
        table.removeLeftBorder();
        table.removeRightBorder();
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        cell(header.getCell(0), "Symbol", true);
        cell(header.getCell(1), "Title", true);
        for (int r = 0; r < annex.documents().size(); r++) {
            ReportDocument.AnnexEntry entry = annex.documents().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            cell(row.getCell(0), entry.symbol(), false);
            cell(row.getCell(1), entry.title(), false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(40);
        run(p, text, 10, false, italic);
    }

    private static XWPFParagraph heading(XWPFDocument doc, String text, int size, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, text, size, !italic, italic);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        font(run, size);
        return run;
    }

    private static void font(XWPFRun run, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }
}
