package org.rapporteur.query.report.render;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.SampleReports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RenderersTest {

    private final ReportDocument report = SampleReports.twelfthMeeting();

    @Test
    void htmlIsSelfContainedPrintableAndTracesEveryParagraphToItsEvents() {
        String html = new HtmlRenderer().render(report);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("@page { size: A4")
                .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=\"http");
        assertThat(html).contains("<p class=\"convention\">Convention on Cluster Munitions</p>")
                .contains("Original: English").contains("<h1>Final report<sup>*</sup></h1>")
                .contains("<h2>I. Introduction</h2>").contains("<h3>Chad</h3>");
        assertThat(html).contains("<p class=\"para\" id=\"p2\" data-event-ids=\"ev-designated ev-correction\"><span class=\"num\">2.</span>")
                .contains("id=\"p45\" data-event-ids=\"ev-granted\"");
        assertThat(html).as("text is escaped").contains("Escobar &amp; the &lt;President&gt;.");
        assertThat(html).contains("<li><span class=\"label\">(a)</span>Progress made on resource mobilization activities;</li>")
                .contains("<li><span class=\"label\">\u2022</span>Transparency Measures: Australia</li>");
        assertThat(html).contains("<sup class=\"fn\"><a href=\"#fn1\">1</a></sup>")
                .contains("<p id=\"fn3\"><sup>3</sup> To be nominated at a later stage.</p>")
                .contains("* The present document is being issued without formal editing.");
        assertThat(html).contains("<thead><tr><th>Symbol</th><th>Title</th></tr></thead>")
                .contains("<tr><td class=\"symbol\">CCM/MSP/2024/MISC.3</td><td>Explanation of Position on the “State of Palestine”. Submitted by Australia</td></tr>");
        assertThat(html.split("data-event-ids=", -1)).as("one per numbered paragraph").hasSize(6);
    }

    @Test
    void docxHasNumberedParagraphsLetteredItemsRealFootnotesAndTheAnnexTable() throws IOException {
        byte[] bytes = new DocxRenderer().render(report);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
            assertThat(paragraphs).contains("Convention on Cluster Munitions", "20 September 2024", "Original: English",
                    "I. Introduction", "IV. Decisions and recommendations", "Chad", "Lao People's Democratic Republic");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("Twelfth Meeting of States Parties") && p.contains("Geneva, 10-13 September 2024"));
            assertThat(paragraphs).contains("Final report*");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("45.\tThe Meeting agrees to grant the request"));
            assertThat(paragraphs).contains("(a)\tProgress made on resource mobilization activities;",
                    "(b)\tProgress made on non-technical survey in the Tibesti Province;",
                    "\u2022\tTransparency Measures: Australia");
            assertThat(paragraphs).contains("* The present document is being issued without formal editing.");

            List<String> footnotes = doc.getFootnotes().stream()
                    .map(XWPFAbstractFootnoteEndnote::getParagraphs)
                    .map(ps -> ps.stream().map(XWPFParagraph::getText).collect(Collectors.joining()))
                    .filter(t -> !t.isBlank())
                    .collect(Collectors.toList());
            assertThat(footnotes).hasSize(3);
            assertThat(footnotes.get(0)).contains("CCM/CONF/2021/6, paragraph 84(ii)(a).");
            assertThat(footnotes.get(2)).contains("To be nominated at a later stage.");
            String firstParagraphXml = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("1.\t")).findFirst().orElseThrow().getCTP().xmlText();
            assertThat(firstParagraphXml).as("a real Word footnote reference").contains("footnoteReference");

            assertThat(doc.getTables()).hasSize(1);
            XWPFTable annex = doc.getTables().get(0);
            assertThat(annex.getRows()).hasSize(4);
            assertThat(annex.getRow(0).getCell(0).getText()).isEqualTo("Symbol");
            assertThat(annex.getRow(0).getCell(1).getText()).isEqualTo("Title");
            assertThat(annex.getRow(2).getCell(0).getText()).isEqualTo("CCM/MSP/2024/10");
            assertThat(annex.getRow(2).getCell(1).getText()).isEqualTo("Convention on Cluster Munitions Implementation Support Unit – 2023 Annual Report");
        }
    }

    @Test
    void pdfCarriesTheMastheadParagraphsFootnotesAndAnnex() throws IOException {
        byte[] bytes = new PdfRenderer().render(report);

        PdfReader reader = new PdfReader(bytes);
        try {
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            String text = all.toString().replaceAll("\\s+", " ");
            assertThat(text).contains("Convention on Cluster Munitions", "Original: English", "Twelfth Meeting of States Parties",
                    "Geneva, 10-13 September 2024", "Final report", "I. Introduction", "Méndez Escobar");
            assertThat(text).contains("45.").contains("agrees to grant the request for an extension of two years");
            assertThat(text).contains("(a)").contains("Progress made on resource mobilization activities;");
            assertThat(text).contains("CCM/CONF/2021/6, paragraph 84(ii)(a).").contains("To be nominated at a later stage.");
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String annexPage = extractor.getTextFromPage(reader.getNumberOfPages()).replaceAll("\\s+", " ");
            assertThat(annexPage).contains("Annex", "Symbol", "Title", "CCM/MSP/2024/10", "CCM/MSP/2024/MISC.3");
        } finally {
            reader.close();
        }
    }

    @Test
    void jsonRoundTripsTheModelWithEventIdsAndTypedBlocks() {
        String json = ReportJson.write(report, false);

        assertThat(json).contains("\"type\":\"paragraph\"").contains("\"type\":\"subHeading\"")
                .contains("\"type\":\"footnoteRef\"").contains("\"eventIds\":[\"ev-designated\",\"ev-correction\"]");
        assertThat(ReportJson.read(json)).isEqualTo(report);
    }

    @Test
    void everyFormatIsRenderedAndFormatsAreNamedAsInTheApi() throws IOException {
        ReportRenderers renderers = new ReportRenderers();
        Path samples = Files.createDirectories(Path.of("target", "rendered"));
        for (ReportFormat format : ReportFormat.values()) {
            byte[] bytes = renderers.render(report, format);
            assertThat(bytes).as(format.name()).isNotEmpty();
            Files.write(samples.resolve("sample-report." + format.extension()), bytes);
        }
        assertThat(ReportFormat.parse("docx")).contains(ReportFormat.DOCX);
        assertThat(ReportFormat.parse("Markdown")).contains(ReportFormat.MD);
        assertThat(ReportFormat.parse("odt")).isEmpty();
        assertThat(ReportFormat.names()).isEqualTo("md|html|docx|pdf|json");
    }
}
