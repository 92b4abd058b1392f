package org.rapporteur.query.report.render;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.SampleReports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DocxRendererTest {

    private static final Path OUT = Path.of("target", "rendered");

    @Test
    void numberedParagraphsAndLetteredItemsStandOnWordNumbering() throws Exception {
        try (XWPFDocument doc = DocxReading.open(new DocxRenderer().render(SampleReports.twelfthMeeting()))) {
            List<XWPFParagraph> numbered = doc.getParagraphs().stream()
                    .filter(p -> DocxStyles.NUMBERED.equals(p.getStyle())).toList();
            assertThat(numbered).hasSize(5);
            assertThat(numbered).allSatisfy(p -> {
                assertThat(p.getNumID()).as(p.getText()).isNotNull();
                assertThat(p.getNumFmt()).isEqualTo("decimal");
                assertThat(p.getNumLevelText()).isEqualTo("%1.");
                assertThat(p.getText()).as("the number is Word's, not typed").doesNotMatch("^\\d+\\..*");
            });
            assertThat(numbered.get(0).getText()).startsWith("Article 11 of the Convention");
            assertThat(numbered.get(0).getNumStartOverride()).as("1 continues the definition's own start").isNull();
            assertThat(numbered.get(1).getNumID()).isEqualTo(numbered.get(0).getNumID());
            assertThat(numbered.get(2).getNumStartOverride()).as("45 after 2: a restart where the draft skips").isEqualTo(java.math.BigInteger.valueOf(45));
            List<XWPFParagraph> lettered = doc.getParagraphs().stream().filter(p -> DocxStyles.LETTERED.equals(p.getStyle())).toList();
            assertThat(lettered).extracting(XWPFParagraph::getText).containsExactly(
                    "Progress made on resource mobilization activities;", "Progress made on non-technical survey in the Tibesti Province;");
            assertThat(lettered).allSatisfy(p -> {
                assertThat(p.getNumFmt()).isEqualTo("lowerLetter");
                assertThat(p.getNumLevelText()).isEqualTo("(%2)");
                assertThat(p.getNumIlvl()).isEqualTo(java.math.BigInteger.ONE);
            });
            assertThat(doc.getParagraphs().stream().filter(p -> DocxStyles.BULLETED.equals(p.getStyle())))
                    .allSatisfy(p -> assertThat(p.getNumFmt()).isEqualTo("bullet")).hasSize(2);
        }
    }

    @Test
    void headingsTitleFootnotesHeaderFooterAndPropertiesAreWordsOwn() throws Exception {
        ReportDocument report = SampleReports.twelfthMeeting();
        try (XWPFDocument doc = DocxReading.open(new DocxRenderer().render(report))) {
            assertThat(doc.getStyles().getStyle(DocxStyles.HEADING_1).getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            assertThat(doc.getStyles().getStyle(DocxStyles.HEADING_2).getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(2);
            assertThat(doc.getStyles().getStyle(DocxStyles.HEADING_1).getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs()).filteredOn(p -> DocxStyles.HEADING_1.equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("I. Introduction", "IV. Decisions and recommendations", "Annex");
            assertThat(doc.getParagraphs()).filteredOn(p -> DocxStyles.HEADING_2.equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("Chad", "Lao People's Democratic Republic");
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> DocxStyles.TITLE.equals(p.getStyle())).findFirst().orElseThrow();
            assertThat(title.getRuns().get(0).text()).isEqualTo("Final report");
            assertThat(title.getRuns().get(title.getRuns().size() - 1).text()).isEqualTo("*");
            assertThat(title.getCTP().xmlText()).contains("customMarkFollows");

            assertThat(doc.getFootnotes()).filteredOn(n -> n.getId().intValue() > 0).hasSize(4);
            String notes = DocxReading.allText(doc);
            assertThat(notes).contains("The present document is being issued without formal editing.",
                    "CCM/CONF/2021/6, paragraph 84(ii)(a).", "To be nominated at a later stage.");
            assertThat(doc.getStyles().getStyle(DocxStyles.FOOTNOTE_TEXT).getName()).isEqualTo("footnote text");

            assertThat(DocxReading.header(doc, HeaderFooterType.DEFAULT)).contains("CCM/MSP/2024/11");
            assertThat(DocxReading.header(doc, HeaderFooterType.EVEN)).contains("CCM/MSP/2024/11");
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(doc.getHeaderFooterPolicy().getEvenPageHeader().getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();

            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Final report (CCM/MSP/2024/11)");
            assertThat(core.getIdentifier()).isEqualTo("CCM/MSP/2024/11");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en");
            assertThat(doc.getProperties().getCustomProperties().getProperty("Symbol").getLpwstr()).isEqualTo("CCM/MSP/2024/11");

            XWPFTable annex = doc.getTables().get(0);
            assertThat(annex.getStyleID()).isEqualTo(DocxStyles.ANNEX_TABLE);
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            assertThat(annex.getRow(3).getCell(1).getText()).isEqualTo("Explanation of Position on the “State of Palestine”. Submitted by Australia");
        }
    }

    @Test
    void everyNameIsKeptAndLibreOfficeLaysItOut() throws Exception {
        byte[] docx = new DocxRenderer().render(ManyScriptsReport.report());
        try (XWPFDocument doc = DocxReading.open(docx)) {
            String text = DocxReading.allText(doc);
            assertThat(ManyScriptsReport.NAMES).allSatisfy(name -> assertThat(text).contains(name));
        }
        Optional<byte[]> pdf = DocxReading.viaLibreOffice(new DocxRenderer().render(SampleReports.twelfthMeeting()), OUT, "sample-docx");
        Assumptions.assumeTrue(pdf.isPresent(), "LibreOffice is not installed (apt-get install libreoffice-writer-nogui): the DOCX is not laid out to PNG");
        try (PdfPages pages = new PdfPages(pdf.get())) {
            String first = pages.pages.get(0).text();
            assertThat(first).contains("1.", "Article 11 of the Convention", "45.", "51.", "(a)", "(b)", "85.");
            assertThat(pages.pages.get(pages.pages.size() - 1).text()).contains("CCM/MSP/2024/11");
            pages.png(0, OUT.resolve("sample-docx-page-1.png"));
        }
    }
}
