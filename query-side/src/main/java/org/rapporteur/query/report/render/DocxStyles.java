package org.rapporteur.query.report.render;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.math.BigInteger;

/**
 * The Word styles and numbering of a report, in the manner of UN documents: a title block, a heading style per
 * outline level, numbered paragraphs on a Word numbering definition (level 1 "1.", level 2 lettered "(a)"),
 * bulleted items, footnote text and reference, and the annex table. Editing in Word renumbers by itself.
 */
final class DocxStyles {

    static final String SYMBOL = "Symbol";
    static final String BODY_NAME = "BodyName";
    static final String ISSUED = "Issued";
    static final String MEETING = "MeetingTitle";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String NUMBERED = "NumberedParagraph";
    static final String LETTERED = "LetteredItem";
    static final String BULLETED = "BulletedItem";
    static final String ITEM = "Item";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String ANNEX_TABLE = "AnnexTable";

    /** The numbering definitions: 1 the numbered paragraphs with their lettered items, 2 bullets. */
    static final BigInteger PARAGRAPHS = BigInteger.ONE;
    static final BigInteger BULLETS = BigInteger.TWO;

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private DocxStyles() {
    }

    static void add(XWPFDocument doc, String language) {
        XWPFStyles styles = doc.createStyles();
        try {
            CTStyles ct = StylesDocument.Factory.parse(styles(language)).getStyles();
            styles.setStyles(ct);
            XWPFNumbering numbering = doc.createNumbering();
            CTNumbering parsed = NumberingDocument.Factory.parse("<w:numbering " + W + ">" + paragraphNumbering()
                    + bulletNumbering() + "</w:numbering>").getNumbering();
            for (CTAbstractNum definition : parsed.getAbstractNumArray()) {
                numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(definition));
            }
            numbering.addNum(BigInteger.ZERO, PARAGRAPHS);
            numbering.addNum(BigInteger.ONE, BULLETS);
        } catch (XmlException e) {
            throw new IllegalStateException("the report's Word styles do not parse", e);
        }
    }

    private static String styles(String language) {
        return "<w:styles " + W + ">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
                + " w:eastAsia=\"SimSun\" w:cs=\"Times New Roman\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"
                + "<w:lang w:val=\"" + language + "\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"atLeast\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + paragraph("Normal", "Normal", null, "<w:pPr/>", "<w:rPr/>", true)
                + paragraph(BODY_NAME, "Body name", "Normal", "<w:pPr><w:spacing w:after=\"60\"/></w:pPr>",
                "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>", false)
                + paragraph(SYMBOL, "Document symbol", "Normal", "<w:pPr><w:jc w:val=\"right\"/></w:pPr>",
                "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>", false)
                + paragraph(ISSUED, "Issue date and language", "Normal", "<w:pPr><w:jc w:val=\"right\"/></w:pPr>", "<w:rPr/>", false)
                + paragraph(MEETING, "Meeting title", "Normal", "<w:pPr><w:spacing w:before=\"360\"/></w:pPr>",
                "<w:rPr><w:b/></w:rPr>", false)
                + paragraph(TITLE, "Title", "Normal", "<w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"240\" w:line=\"300\" w:lineRule=\"exact\"/>"
                        + "<w:ind w:left=\"1134\" w:right=\"1134\" w:hanging=\"1134\"/><w:outlineLvl w:val=\"0\"/></w:pPr>",
                "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>", false)
                + paragraph(HEADING_1, "heading 1", "Normal", "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"240\"/>"
                        + "<w:ind w:left=\"1134\" w:right=\"1134\" w:hanging=\"1134\"/><w:outlineLvl w:val=\"1\"/></w:pPr>",
                "<w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr>", false)
                + paragraph(HEADING_2, "heading 2", "Normal", "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>"
                        + "<w:ind w:left=\"1134\" w:right=\"1134\" w:hanging=\"1134\"/><w:outlineLvl w:val=\"2\"/></w:pPr>",
                "<w:rPr><w:b/></w:rPr>", false)
                + paragraph(NUMBERED, "Numbered paragraph", "Normal", "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                        + "<w:spacing w:after=\"120\"/><w:ind w:left=\"1134\" w:right=\"1134\"/><w:jc w:val=\"both\"/></w:pPr>", "<w:rPr/>", false)
                + paragraph(LETTERED, "Lettered item", "Normal", "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"
                        + "<w:spacing w:after=\"120\"/><w:ind w:left=\"1701\" w:right=\"1134\"/><w:jc w:val=\"both\"/></w:pPr>", "<w:rPr/>", false)
                + paragraph(BULLETED, "Bulleted item", "Normal", "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"
                        + "<w:spacing w:after=\"120\"/><w:ind w:left=\"1701\" w:right=\"1134\"/><w:jc w:val=\"both\"/></w:pPr>", "<w:rPr/>", false)
                + paragraph(ITEM, "Labelled item", "Normal", "<w:pPr><w:spacing w:after=\"120\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"2268\"/></w:tabs>"
                        + "<w:ind w:left=\"2268\" w:right=\"1134\" w:hanging=\"567\"/><w:jc w:val=\"both\"/></w:pPr>", "<w:rPr/>", false)
                + paragraph(FOOTNOTE_TEXT, "footnote text", "Normal", "<w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"1021\"/></w:tabs>"
                        + "<w:spacing w:line=\"220\" w:lineRule=\"exact\"/><w:ind w:left=\"1134\" w:right=\"1134\" w:hanging=\"1134\"/></w:pPr>",
                "<w:rPr><w:sz w:val=\"18\"/></w:rPr>", false)
                + "<w:style w:type=\"character\" w:styleId=\"" + FOOTNOTE_REFERENCE + "\"><w:name w:val=\"footnote reference\"/>"
                + "<w:rPr><w:sz w:val=\"18\"/><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
                + paragraph(HEADER, "header", "Normal", "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"auto\"/></w:pBdr></w:pPr>",
                "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>", false)
                + paragraph(FOOTER, "footer", "Normal", "<w:pPr/>", "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>", false)
                + "<w:style w:type=\"table\" w:styleId=\"" + ANNEX_TABLE + "\"><w:name w:val=\"Annex table\"/><w:basedOn w:val=\"TableNormal\"/>"
                + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:i/><w:sz w:val=\"16\"/></w:rPr><w:tcPr><w:tcBorders>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tcBorders></w:tcPr></w:tblStylePr></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr>"
                + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    private static String paragraph(String id, String name, String basedOn, String pPr, String rPr, boolean isDefault) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:qFormat/>" + pPr + rPr + "</w:style>";
    }

    /** Level 1 "1." hanging in the left margin's 2 cm; level 2 "(a)" one step further in, restarting under each paragraph. */
    private static String paragraphNumbering() {
        return "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"" + NUMBERED + "\"/>"
                + "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"1701\"/></w:tabs>"
                + "<w:ind w:left=\"1134\" w:firstLine=\"0\"/></w:pPr></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:pStyle w:val=\"" + LETTERED + "\"/>"
                + "<w:lvlText w:val=\"(%2)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"2268\"/></w:tabs>"
                + "<w:ind w:left=\"1701\" w:firstLine=\"0\"/></w:pPr></w:lvl></w:abstractNum>";
    }

    private static String bulletNumbering() {
        return "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:pStyle w:val=\"" + BULLETED + "\"/>"
                + "<w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"2268\"/></w:tabs>"
                + "<w:ind w:left=\"1701\" w:firstLine=\"0\"/></w:pPr></w:lvl></w:abstractNum>";
    }
}
