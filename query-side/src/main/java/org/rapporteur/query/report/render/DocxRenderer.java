package org.rapporteur.query.report.render;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
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

import static org.rapporteur.query.report.render.RenderText.blank;
import static org.rapporteur.query.report.render.RenderText.nz;

/**
 * The report as a Word document in the UN house style (see {@link DocxStyles}): numbered paragraphs and their
 * lettered items on Word numbering, headings with outline levels, real footnotes, the symbol in the header
 * (right on odd pages, left on even ones), page numbers in the footer, and the document's properties.
 * Where the model skips numbers (a draft of part of a report) the numbering restarts at the model's number.
 */
public final class DocxRenderer {

    private static final List<String> LETTERS = List.of("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)",
            "(j)", "(k)", "(l)", "(m)", "(n)", "(o)", "(p)", "(q)", "(r)", "(s)", "(t)", "(u)", "(v)", "(w)", "(x)", "(y)", "(z)");

    public byte[] render(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String language = RenderText.language(report);
            DocxStyles.add(doc, language);
            properties(doc, report.header(), language);
            pageSetup(doc, report.header());
            new Writer(doc, report).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DOCX report", e);
        }
    }

    private static void properties(XWPFDocument doc, ReportDocument.Header h, String language) {
        POIXMLProperties properties = doc.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(nz(h.title()) + (blank(h.symbol()) ? "" : " (" + h.symbol() + ")"));
        core.setSubjectProperty(nz(h.meetingTitle()));
        core.setIdentifier(nz(h.symbol()));
        core.setKeywords(nz(h.symbol()));
        core.setCreator("Rapporteur");
        core.getUnderlyingProperties().setLanguageProperty(language);
        if (!blank(h.symbol())) {
            properties.getCustomProperties().addProperty("Symbol", h.symbol());
        }
        properties.getCustomProperties().addProperty("Language", language);
    }

    /** A4, first page without a running head, odd and even pages with the symbol on the outer side. */
    private static void pageSetup(XWPFDocument doc, ReportDocument.Header h) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1701));
        margins.setBottom(BigInteger.valueOf(2268));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(1134));
        section.addNewTitlePg();
        doc.setEvenAndOddHeadings(true);
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        running(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT), DocxStyles.HEADER, ParagraphAlignment.RIGHT, nz(h.symbol()));
        running(policy.createHeader(XWPFHeaderFooterPolicy.EVEN), DocxStyles.HEADER, ParagraphAlignment.LEFT, nz(h.symbol()));
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        running(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), DocxStyles.FOOTER, ParagraphAlignment.RIGHT, null);
        running(policy.createFooter(XWPFHeaderFooterPolicy.EVEN), DocxStyles.FOOTER, ParagraphAlignment.LEFT, null);
        running(policy.createFooter(XWPFHeaderFooterPolicy.FIRST), DocxStyles.FOOTER, ParagraphAlignment.RIGHT, null);
    }

    /** A header line with {@code text}, or (text null) a footer line with the page number field. */
    private static void running(XWPFHeaderFooter part, String style, ParagraphAlignment alignment, String text) {
        XWPFParagraph p = part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
        p.setStyle(style);
        p.setAlignment(alignment);
        if (text != null) {
            p.createRun().setText(text);
        } else {
            var field = p.getCTP().addNewFldSimple();
            field.setInstr(" PAGE ");
            field.addNewR().addNewT().setStringValue("1");
        }
    }

    private static final class Writer {
        private final XWPFDocument doc;
        private final ReportDocument report;
        private final Map<Integer, BigInteger> footnoteIds = new HashMap<>();
        private BigInteger list = DocxStyles.PARAGRAPHS;
        private int expected = 1;

        Writer(XWPFDocument doc, ReportDocument report) {
            this.doc = doc;
            this.report = report;
        }

        void write() {
            // notes stored in the order they are called: LibreOffice pairs them with their calls in that order
            XWPFFootnotes notes = doc.createFootnotes();
            separator(notes, -1, STFtnEdn.SEPARATOR);
            separator(notes, 0, STFtnEdn.CONTINUATION_SEPARATOR);
            BigInteger titleNote = blank(report.header().titleNote()) ? null : note("*", report.header().titleNote());
            for (ReportDocument.Footnote f : report.footnotes()) {
                footnoteIds.put(f.number(), note(null, f.text()));
            }
            masthead(report.header(), titleNote);
            for (Section section : report.sections()) {
                styled(DocxStyles.HEADING_1, RenderText.heading(section));
                for (Block block : section.blocks()) {
                    if (block instanceof SubHeading s) {
                        styled(s.level() > 0 ? DocxStyles.HEADING_2 : DocxStyles.HEADING_3, RenderText.heading(s));
                    } else if (block instanceof Paragraph p) {
                        paragraph(p);
                    }
                }
            }
            for (ReportDocument.Annex annex : RenderText.annexes(report)) {
                annex(annex);
            }
        }

        /** A footnote: Word numbers it itself, or {@code mark} ("*") stands as its custom mark. */
        private BigInteger note(String mark, String text) {
            XWPFAbstractFootnoteEndnote note = doc.createFootnote();
            XWPFParagraph p = note.createParagraph();
            p.setStyle(DocxStyles.FOOTNOTE_TEXT);
            while (!p.getRuns().isEmpty()) {
                p.removeRun(0);
            }
            p.createRun().addTab();
            XWPFRun ref = p.createRun();
            ref.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
            if (mark == null) {
                ref.getCTR().addNewFootnoteRef();
            } else {
                ref.setText(mark);
            }
            XWPFRun tab = p.createRun();
            tab.addTab();
            p.createRun().setText(RenderText.plain(text));
            return note.getId();
        }

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

        private void masthead(ReportDocument.Header h, BigInteger titleNote) {
            styled(DocxStyles.SYMBOL, h.symbol());
            XWPFParagraph body = styled(DocxStyles.BODY_NAME, nz(h.convention()));
            body.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK);
            for (String line : new String[]{h.issuedOn(), h.language()}) {
                if (!blank(line)) {
                    styled(DocxStyles.ISSUED, line);
                }
            }
            if (!blank(h.meetingTitle()) || !blank(h.placeAndDates())) {
                XWPFParagraph meeting = styled(DocxStyles.MEETING, nz(h.meetingTitle()));
                if (!blank(h.placeAndDates())) {
                    XWPFRun place = meeting.createRun();
                    place.addBreak();
                    place.setText(h.placeAndDates());
                }
            }
            XWPFParagraph title = styled(DocxStyles.TITLE, nz(h.title()));
            if (titleNote != null) {
                XWPFRun call = title.createRun();
                call.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
                var ref = call.getCTR().addNewFootnoteReference();
                ref.setId(titleNote);
                ref.setCustomMarkFollows(true);
                XWPFRun star = title.createRun();
                star.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
                star.setText("*");
            }
        }

        private void paragraph(Paragraph model) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.NUMBERED);
            if (model.number() != expected) {
                list = restartAt(model.number());
            }
            expected = model.number() + 1;
            p.setNumID(list);
            p.setNumILvl(BigInteger.ZERO);
            inline(p, model.text());
            for (int i = 0; i < model.items().size(); i++) {
                Item item = model.items().get(i);
                XWPFParagraph line = doc.createParagraph();
                String label = RenderText.itemLabel(model, item);
                if (model.lettered() && i < LETTERS.size() && LETTERS.get(i).equals(label)) {
                    line.setStyle(DocxStyles.LETTERED);
                    line.setNumID(list);
                    line.setNumILvl(BigInteger.ONE);
                } else if (!model.lettered() && item.label() == null) {
                    line.setStyle(DocxStyles.BULLETED);
                    line.setNumID(DocxStyles.BULLETS);
                    line.setNumILvl(BigInteger.ZERO);
                } else {
                    line.setStyle(DocxStyles.ITEM);
                    line.createRun().setText(label);
                    line.createRun().addTab();
                }
                inline(line, item.text());
            }
        }

        /** A new instance of the paragraph numbering that starts at {@code number}, as Word writes a restart. */
        private BigInteger restartAt(int number) {
            BigInteger id = doc.getNumbering().addNum(BigInteger.ZERO);
            CTNum num = doc.getNumbering().getNum(id).getCTNum();
            CTNumLvl level = num.addNewLvlOverride();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStartOverride().setVal(BigInteger.valueOf(number));
            return id;
        }

        private void inline(XWPFParagraph p, List<Inline> parts) {
            for (Inline part : parts) {
                if (part instanceof Text t) {
                    for (RenderText.Piece piece : RenderText.pieces(t.text())) {
                        if (piece.href() == null) {
                            p.createRun().setText(piece.text());
                        } else {
                            link(p, piece.href());
                        }
                    }
                } else if (part instanceof FootnoteRef f && footnoteIds.containsKey(f.number())) {
                    XWPFRun call = p.createRun();
                    call.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
                    call.getCTR().addNewFootnoteReference().setId(footnoteIds.get(f.number()));
                }
            }
        }

        private void link(XWPFParagraph p, String href) {
            String relation = p.getPart().getPackagePart()
                    .addExternalRelationship(href, org.apache.poi.xwpf.usermodel.XWPFRelation.HYPERLINK.getRelation()).getId();
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setId(relation);
            link.addNewR();
            XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.getRArray(0), p);
            run.setText(href);
            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            p.addRun(run);
        }

        private void annex(ReportDocument.Annex annex) {
            XWPFParagraph heading = styled(DocxStyles.HEADING_1, RenderText.annexHeading(report, annex));
            heading.setPageBreak(true);
            styled(DocxStyles.HEADING_2, nz(annex.title()));
            if (annex.documents().isEmpty()) {
                blocks(annex.blocks());
                return;
            }
            XWPFTable table = doc.createTable(annex.documents().size() + 1, 2);
            table.setStyleID(DocxStyles.ANNEX_TABLE);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            cell(header, 0, RenderText.label(report, "symbol"));
            cell(header, 1, RenderText.label(report, "title"));
            for (int i = 0; i < annex.documents().size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                row.setCantSplitRow(true);
                cell(row, 0, annex.documents().get(i).symbol());
                cell(row, 1, annex.documents().get(i).title());
            }
            table.getCTTbl().getTblPr().addNewTblLook().setFirstRow(true);
        }

        /** An annex's own blocks: headings (a decision's own annex in italics), labelled paragraphs, names a line each, notes in italics. */
        private void blocks(List<ReportDocument.AnnexBlock> blocks) {
            for (ReportDocument.AnnexBlock block : blocks) {
                if (block instanceof ReportDocument.AnnexHeading h) {
                    XWPFParagraph p = styled(DocxStyles.HEADING_3, h.text());
                    if (h.level() > 1) {
                        p.getRuns().forEach(r -> r.setItalic(true));
                    }
                } else if (block instanceof ReportDocument.AnnexParagraph model) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle(DocxStyles.ITEM);
                    if (model.label() != null) {
                        p.createRun().setText(model.label());
                        p.createRun().addTab();
                    }
                    for (RenderText.Piece piece : RenderText.pieces(model.text())) {
                        if (piece.href() == null) {
                            p.createRun().setText(piece.text());
                        } else {
                            link(p, piece.href());
                        }
                    }
                } else if (block instanceof ReportDocument.AnnexList l) {
                    for (String item : l.items()) {
                        XWPFParagraph p = styled(DocxStyles.ITEM, item);
                        p.setSpacingAfter(0);
                    }
                } else if (block instanceof ReportDocument.AnnexNote n) {
                    XWPFParagraph p = styled(DocxStyles.ITEM, RenderText.plain(n.text()));
                    p.getRuns().forEach(r -> r.setItalic(true));
                }
            }
        }

        private static void cell(XWPFTableRow row, int column, String text) {
            XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
            p.setSpacingBefore(40);
            p.setSpacingAfter(40);
            p.createRun().setText(nz(text));
        }

        private XWPFParagraph styled(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            if (!blank(text)) {
                p.createRun().setText(text);
            }
            return p;
        }
    }
}
