package org.rapporteur.query.report.render;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.SampleReports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

    private static final Path OUT = Path.of("target", "rendered");

    @Test
    void everyNameIsKeptInEmbeddedSubsetFontsOnTaggedPages() throws Exception {
        ReportDocument report = ManyScriptsReport.report();
        long start = System.nanoTime();
        byte[] pdf = new PdfRenderer().render(report);
        System.out.printf("many-scripts PDF: %d bytes in %d ms%n", pdf.length, (System.nanoTime() - start) / 1_000_000);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("many-scripts.pdf"), pdf);
        try (PdfPages read = new PdfPages(pdf)) {
            String all = String.join("\n", read.pages.stream().map(PdfPages.Page::text).toList());
            String flat = Normalizer.normalize(all.replaceAll("\\s+", " "), Normalizer.Form.NFC);
            for (String name : ManyScriptsReport.NAMES) {
                assertThat(flat).as("the name " + name).contains(name);
            }
            for (PDFont font : read.fonts()) {
                assertThat(font.getName()).as("a subset of a font of the application").matches("[A-Z]{6}\\+(Noto|DejaVu).*");
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            assertThat(read.fonts()).extracting(PDFont::getName)
                    .anyMatch(n -> n.contains("NotoSerifSC")).anyMatch(n -> n.contains("DejaVuSans"))
                    .anyMatch(n -> n.contains("NotoSerifJP"));
            assertThat(read.document().getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(read.document().getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(read.document().getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(read.document().getDocumentInformation().getTitle()).isEqualTo("Final report (CCM/MSP/2024/11)");
            assertFootnotesAtTheFootOfTheirPages(read, report);
            assertThat(read.pages).allSatisfy(p -> assertThat(p.text()).contains("CCM/MSP/2024/11"));
            read.png(0, OUT.resolve("many-scripts-page-1.png"));
            read.png(1, OUT.resolve("many-scripts-page-2.png"));
        }
    }

    @Test
    void theTwelfthMeetingSampleHasItsTitleNoteAndFootnotesOnTheirPage() throws Exception {
        ReportDocument report = SampleReports.twelfthMeeting();
        byte[] pdf = new PdfRenderer().render(report);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("sample.pdf"), pdf);
        try (PdfPages read = new PdfPages(pdf)) {
            assertFootnotesAtTheFootOfTheirPages(read, report);
            String first = read.pages.get(0).text().replaceAll("\\s+", " ");
            assertThat(first).contains("Convention on Cluster Munitions", "Final report", "Original: English",
                    "The present document is being issued without formal editing.",
                    "Francisca Elizabeth Méndez Escobar & the <President>.", "(a) Progress made on resource mobilization");
            assertThat(read.pages.get(read.pages.size() - 1).text()).contains("CCM/MSP/2024/MISC.3", "“State of Palestine”");
            read.png(0, OUT.resolve("sample-page-1.png"));
        }
    }

    /** On each page the notes are those called on it, set below all its body text, and every note is set once. */
    static void assertFootnotesAtTheFootOfTheirPages(PdfPages read, ReportDocument report) {
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < read.pages.size(); i++) {
            PdfPages.Page page = read.pages.get(i);
            assertThat(page.notes()).as("notes on page " + (i + 1)).isEqualTo(page.calls());
            if (!page.notes().isEmpty()) {
                assertThat(page.highestNote()).as("notes below the text on page " + (i + 1)).isGreaterThan(page.lowestBody());
            }
            // PDFBox puts a space where a line changes direction (Arabic in English): letters are compared, not spaces
            String text = Normalizer.normalize(page.text().replaceAll("\\s+", ""), Normalizer.Form.NFC);
            for (int n : page.notes()) {
                String note = report.footnotes().stream().filter(f -> f.number() == n).findFirst().orElseThrow().text();
                assertThat(text).as("note " + n + " on page " + (i + 1)).contains(RenderText.plain(note).replaceAll("\\s+", ""));
                assertThat(seen.add(n)).as("note " + n + " set once").isTrue();
            }
        }
        assertThat(seen).as("every note set").hasSize(report.footnotes().size());
    }
}
