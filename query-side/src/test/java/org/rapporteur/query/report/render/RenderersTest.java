package org.rapporteur.query.report.render;

import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.SampleReports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenderersTest {

    private final ReportDocument report = SampleReports.twelfthMeeting();

    @Test
    void htmlIsSelfContainedPrintableAndTracesEveryParagraphToItsEvents() {
        String html = new HtmlRenderer().render(report);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<style>").contains("@page { size: A4")
                .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=\"http");
        assertThat(html).contains("<p class=\"convention\">Convention on Cluster Munitions</p>")
                .contains("Original: English").contains("<h1>Final report<sup>*</sup></h1>")
                .contains("<h2>I. Introduction</h2>").contains("<h4>Chad</h4>");
        assertThat(html).contains("<p class=\"para\" id=\"p2\" data-event-ids=\"ev-designated ev-correction\"><span class=\"num\">2.</span>")
                .contains("id=\"p45\" data-event-ids=\"ev-granted\"");
        assertThat(html).as("text is escaped").contains("Escobar &amp; the &lt;President&gt;.");
        assertThat(html).contains("<sup class=\"fn\"><a href=\"#fn1\">1</a></sup>")
                .contains("<p id=\"fn3\"><sup>3</sup> To be nominated at a later stage.</p>");
        assertThat(html.split("data-event-ids=", -1)).as("one per numbered paragraph").hasSize(6);
    }

    @Test
    void jsonRoundTripsTheModelWithEventIdsAndTypedBlocks() {
        String json = ReportJson.write(report, false);

        assertThat(json).contains("\"type\":\"paragraph\"").contains("\"eventIds\":[\"ev-designated\",\"ev-correction\"]");
        assertThat(ReportJson.read(json)).isEqualTo(report);
    }

    /** The wording writes a web address as {@code <http://...>}: no format but Markdown shows those brackets. */
    @Test
    void noFormatButMarkdownShowsMarkdownSyntax() throws Exception {
        ReportDocument linked = withAddress(report);
        ReportRenderers renderers = new ReportRenderers();
        String html = new String(renderers.render(linked, ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        String docx;
        try (var doc = DocxReading.open(renderers.render(linked, ReportFormat.DOCX))) {
            docx = DocxReading.allText(doc);
        }
        String pdf;
        try (PdfPages pages = new PdfPages(renderers.render(linked, ReportFormat.PDF))) {
            pdf = String.join("\n", pages.pages.stream().map(PdfPages.Page::text).toList()).replaceAll("\\s+", " ");
        }
        String akn = new AknRendererTest.Akn(renderers.render(linked, ReportFormat.AKN)).s("/");
        assertThat(html).contains("(<a href=\"http://documents.un.org\">http://documents.un.org</a>)")
                .doesNotContain("&lt;http");
        for (String text : List.of(docx, pdf, akn)) {
            assertThat(text).contains("(http://documents.un.org)").doesNotContain("<http").doesNotContain("&lt;")
                    .doesNotContain("\\*").doesNotContain("[^");
        }
        assertThat(new String(renderers.render(linked, ReportFormat.MD), java.nio.charset.StandardCharsets.UTF_8))
                .contains("(<http://documents.un.org>)");
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
        assertThat(ReportFormat.parse("AKN")).contains(ReportFormat.AKN);
        assertThat(ReportFormat.parse("Markdown")).contains(ReportFormat.MD);
        assertThat(ReportFormat.parse("odt")).isEmpty();
        assertThat(ReportFormat.names()).isEqualTo("md|html|docx|pdf|json|akn");
    }

    static ReportDocument withAddress(ReportDocument report) {
        List<ReportDocument.Section> sections = new ArrayList<>(report.sections());
        ReportDocument.Section first = sections.get(0);
        List<ReportDocument.Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(new ReportDocument.Paragraph(3, List.of(new ReportDocument.Text("These documents are available through the "
                + "United Nations Official Documents System (<http://documents.un.org>).")), List.of(), false, List.of("ev-annex")));
        sections.set(0, new ReportDocument.Section(first.number(), first.title(), blocks));
        return new ReportDocument(report.header(), sections, report.footnotes(), report.annex());
    }

    @Test
    void theAnnexesOwnBlocksRoundTripInJsonAndArePrintedInMarkdownAndHtml() {
        ReportDocument every = org.rapporteur.query.report.SampleReports.withEveryKindOfAnnex();

        String json = ReportJson.write(every, false);
        assertThat(json).contains("\"type\":\"heading\"").contains("\"type\":\"list\"").contains("\"type\":\"note\"");
        assertThat(ReportJson.read(json)).isEqualTo(every);

        String md = new MarkdownRenderer().render(every);
        assertThat(md).contains("## Annex II\n\nDecisions adopted at the Twelfth Meeting\n\n*The texts adopted")
                .contains("### Decision 12/1. Budget\n\n1\\. Thanks the Secretariat")
                .contains("#### Annex: Scale of assessments")
                .contains("## Annex III\n\nList of participants\n\n### States parties\n\n- Austria\n- Chile\n");
        String html = new HtmlRenderer().render(every);
        assertThat(html).contains("<h3 class=\"annex-heading\">Decision 12/1. Budget</h3>")
                .contains("<p class=\"annex-para\"><span class=\"num\">1.</span>Thanks the Secretariat")
                .contains("<h4 class=\"annex-heading\">Annex: Scale of assessments</h4>")
                .contains("<ul class=\"names\">\n<li>Austria</li>");
        assertThat(html.split("<section class=\"annex\">", -1)).hasSize(4);
    }
}
