package org.rapporteur.query.report.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
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
import java.util.List;

/**
 * The report as an A4 PDF: masthead, numbered paragraphs with hanging indents, lettered items, sub-headings,
 * footnotes as notes after the body, the annex table, and page numbers.
 */
public final class PdfRenderer {

    private static final float NUMBER_INDENT = 28f;
    private static final BaseFont ROMAN = base(BaseFont.TIMES_ROMAN);
    private static final BaseFont BOLD_FACE = base(BaseFont.TIMES_BOLD);
    private static final BaseFont ITALIC_FACE = base(BaseFont.TIMES_ITALIC);
    private static final Font BODY = new Font(ROMAN, 11);
    private static final Font BOLD = new Font(BOLD_FACE, 11);
    private static final Font ITALIC = new Font(ITALIC_FACE, 11);
    private static final Font SMALL = new Font(ROMAN, 9);
    private static final Font SUPER = new Font(ROMAN, 7);

    /** Explicit WinAnsi Times faces: with a bare family, OpenPDF swaps cells holding “ or – to its fallback sans. */
    private static BaseFont base(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("cannot load the standard font " + name, e);
        }
    }

    public byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 62, 62, 70, 70);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers());
            ReportDocument.Header h = report.header();
            pdf.addTitle(HtmlRenderer.nz(h.meetingTitle()) + " — " + HtmlRenderer.nz(h.title()));
            pdf.addSubject(HtmlRenderer.nz(h.convention()));
            pdf.addCreator("Rapporteur");
            pdf.open();
            masthead(pdf, h);
            for (Section section : report.sections()) {
                heading(pdf, HtmlRenderer.heading(section), new Font(BOLD_FACE, 12), 0);
                for (Block block : section.blocks()) {
                    if (block instanceof SubHeading s) {
                        heading(pdf, s.text(), ITALIC, NUMBER_INDENT);
                    } else if (block instanceof Paragraph p) {
                        paragraph(pdf, p);
                    }
                }
            }
            notes(pdf, report);
            annex(pdf, report.annex());
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF report", e);
        }
        return out.toByteArray();
    }

    private static void masthead(Document pdf, ReportDocument.Header h) {
        if (!HtmlRenderer.blank(h.symbol())) {
            pdf.add(aligned(h.symbol(), BOLD, Element.ALIGN_RIGHT));
        }
        pdf.add(aligned(HtmlRenderer.nz(h.convention()), new Font(BOLD_FACE, 14), Element.ALIGN_LEFT));
        pdf.add(new Chunk(new LineSeparator(1f, 100f, null, Element.ALIGN_CENTER, -4f)));
        for (String line : new String[]{h.issuedOn(), h.language()}) {
            if (!HtmlRenderer.blank(line)) {
                pdf.add(aligned(line, new Font(ROMAN, 10), Element.ALIGN_RIGHT));
            }
        }
        com.lowagie.text.Paragraph meeting = new com.lowagie.text.Paragraph();
        meeting.setSpacingBefore(14);
        meeting.add(new Chunk(HtmlRenderer.nz(h.meetingTitle()), BOLD));
        if (!HtmlRenderer.blank(h.placeAndDates())) {
            meeting.add(Chunk.NEWLINE);
            meeting.add(new Chunk(h.placeAndDates(), BOLD));
        }
        pdf.add(meeting);
        com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph();
        title.setSpacingBefore(14);
        title.setSpacingAfter(10);
        Font titleFont = new Font(BOLD_FACE, 16);
        title.add(new Chunk(HtmlRenderer.nz(h.title()), titleFont));
        if (!HtmlRenderer.blank(h.titleNote())) {
            Chunk star = new Chunk("*", new Font(BOLD_FACE, 11));
            star.setTextRise(6f);
            title.add(star);
        }
        pdf.add(title);
    }

    /** A numbered paragraph is a borderless row: the number in a narrow column, the justified text beside it. */
    private static void paragraph(Document pdf, Paragraph model) {
        com.lowagie.text.Paragraph text = new com.lowagie.text.Paragraph();
        text.setAlignment(Element.ALIGN_JUSTIFIED);
        text.setLeading(14);
        inline(text, model.text());
        PdfPTable row = hanging(0f, model.number() + ".", text);
        row.setSpacingAfter(model.items().isEmpty() ? 6 : 3);
        pdf.add(row);
        for (Item item : model.items()) {
            com.lowagie.text.Paragraph itemText = new com.lowagie.text.Paragraph();
            itemText.setAlignment(Element.ALIGN_JUSTIFIED);
            itemText.setLeading(14);
            inline(itemText, item.text());
            String label = item.label() != null ? item.label() : (model.lettered() ? "" : "\u2022");
            PdfPTable itemRow = hanging(NUMBER_INDENT, label, itemText);
            itemRow.setSpacingAfter(3);
            pdf.add(itemRow);
        }
    }

    private static PdfPTable hanging(float indent, String label, com.lowagie.text.Paragraph text) {
        PdfPTable row = new PdfPTable(indent > 0 ? 3 : 2);
        row.setWidthPercentage(100);
        float width = PageSize.A4.getWidth() - 124;
        try {
            row.setWidths(indent > 0 ? new float[]{indent, NUMBER_INDENT, width - indent - NUMBER_INDENT}
                    : new float[]{NUMBER_INDENT, width - NUMBER_INDENT});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        row.setSplitLate(false);
        if (indent > 0) {
            row.addCell(bare(""));
        }
        row.addCell(bare(label));
        PdfPCell body = new PdfPCell();
        body.setBorder(PdfPCell.NO_BORDER);
        body.setPadding(0);
        body.addElement(text);
        row.addCell(body);
        return row;
    }

    /** A borderless cell laid out like the text beside it, so both first lines share a baseline. */
    private static PdfPCell bare(String label) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(label, BODY);
        p.setLeading(14);
        cell.addElement(p);
        return cell;
    }

    private static void inline(com.lowagie.text.Paragraph p, List<Inline> parts) {
        for (Inline part : parts) {
            if (part instanceof Text t) {
                p.add(new Chunk(t.text(), BODY));
            } else if (part instanceof FootnoteRef f) {
                p.add(superscript(String.valueOf(f.number())));
            }
        }
    }

    private static Chunk superscript(String mark) {
        Chunk chunk = new Chunk(mark, SUPER);
        chunk.setTextRise(4f);
        return chunk;
    }

    private static void notes(Document pdf, ReportDocument report) {
        ReportDocument.Header h = report.header();
        if (HtmlRenderer.blank(h.titleNote()) && report.footnotes().isEmpty()) {
            return;
        }
        com.lowagie.text.Paragraph rule = new com.lowagie.text.Paragraph();
        rule.setSpacingBefore(12);
        rule.add(new Chunk(new LineSeparator(0.5f, 30f, null, Element.ALIGN_LEFT, 0)));
        pdf.add(rule);
        if (!HtmlRenderer.blank(h.titleNote())) {
            pdf.add(new com.lowagie.text.Paragraph("* " + h.titleNote(), SMALL));
        }
        for (ReportDocument.Footnote f : report.footnotes()) {
            com.lowagie.text.Paragraph note = new com.lowagie.text.Paragraph();
            note.setLeading(11);
            note.add(superscript(String.valueOf(f.number())));
            note.add(new Chunk(" " + f.text(), SMALL));
            pdf.add(note);
        }
    }

    private static void annex(Document pdf, ReportDocument.Annex annex) {
        if (annex == null || annex.documents().isEmpty()) {
            return;
        }
        pdf.newPage();
        heading(pdf, "Annex", new Font(BOLD_FACE, 12), 0);
        com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(HtmlRenderer.nz(annex.title()), BOLD);
        title.setSpacingAfter(10);
        pdf.add(title);
        PdfPTable table = new PdfPTable(new float[]{1.4f, 3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell("Symbol", ITALIC, true));
        table.addCell(cell("Title", ITALIC, true));
        Font font = new Font(ROMAN, 10);
        for (ReportDocument.AnnexEntry entry : annex.documents()) {
            table.addCell(cell(entry.symbol(), font, false));
            table.addCell(cell(entry.title(), font, false));
        }
        pdf.add(table);
    }

    private static PdfPCell cell(String text, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(HtmlRenderer.nz(text), font));
        cell.setBorder(header ? PdfPCell.TOP | PdfPCell.BOTTOM : PdfPCell.NO_BORDER);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static void heading(Document pdf, String text, Font font, float indent) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text, font);
        p.setIndentationLeft(indent);
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        pdf.add(p);
    }

    private static com.lowagie.text.Paragraph aligned(String text, Font font, int alignment) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text, font);
        p.setAlignment(alignment);
        return p;
    }

    /** Writes "n" centred at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            com.lowagie.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(writer.getPageNumber()), SMALL),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
