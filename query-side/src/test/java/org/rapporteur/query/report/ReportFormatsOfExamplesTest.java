package org.rapporteur.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.AknRendererTest;
import org.rapporteur.query.report.render.DocxReading;
import org.rapporteur.query.report.render.PdfPages;
import org.rapporteur.query.report.render.PdfRendererTest;
import org.rapporteur.query.report.render.ReportFormat;
import org.rapporteur.query.report.render.ReportRenderers;
import org.rapporteur.text.States;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example meeting in every language of its body, in every format, read back: the names of the States and
 * people of the meeting that its report mentions are found, spelled exactly, in the HTML, the DOCX (POI), the PDF
 * (PDFBox) and the AKN (an XML parser); the PDF's footnotes stand at the foot of the page citing them; the DOCX's
 * numbered paragraphs are on Word numbering and its header carries the symbol; no Markdown shows outside Markdown.
 */
class ReportFormatsOfExamplesTest {

    private static final ReportGenerator GENERATOR = new ReportGenerator();
    private static final ReportRenderers RENDERERS = new ReportRenderers();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Path OUT = Path.of("target", "rendered", "examples");

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(ScenarioHistories.examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String example = file.getFileName().toString().replace(".yaml", "");
                MeetingHistory history = ScenarioHistories.of(example);
                for (String language : GENERATOR.profiles().require(ReportGenerator.profileIdOf(history)).languages()) {
                    all.add(Arguments.of(example, language));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examples")
    void everyFormatKeepsTheNamesNotesNumberingAndSymbol(String example, String language) throws Exception {
        MeetingHistory history = ScenarioHistories.of(example);
        ReportDocument report = GENERATOR.generate(history, language);
        String markdown = new String(RENDERERS.render(report, ReportFormat.MD), StandardCharsets.UTF_8);
        List<String> names = namesOf(history).stream().filter(markdown::contains).toList();
        if (language.equals("en")) {
            // the States' names known here are English ones; in another language only people's names are looked for
            assertThat(names).as("names of " + example + " in its report").isNotEmpty();
        }
        Files.createDirectories(OUT);
        String base = example + "-" + language;

        String html = new String(RENDERERS.render(report, ReportFormat.HTML), StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve(base + ".html"), html);
        String htmlText = unescape(html.replaceAll("<[^>]+>", ""));
        assertThat(names).allSatisfy(n -> assertThat(htmlText).as("HTML").contains(n));
        assertThat(html).as("HTML shows no Markdown").doesNotContain("&lt;http").doesNotContain("[^").doesNotContain("\\*");

        byte[] docx = RENDERERS.render(report, ReportFormat.DOCX);
        Files.write(OUT.resolve(base + ".docx"), docx);
        try (XWPFDocument doc = DocxReading.open(docx)) {
            String text = DocxReading.allText(doc);
            assertThat(names).allSatisfy(n -> assertThat(text).as("DOCX").contains(n));
            assertThat(text).as("DOCX shows no Markdown").doesNotContain("<http").doesNotContain("[^");
            List<XWPFParagraph> numbered = doc.getParagraphs().stream().filter(p -> "NumberedParagraph".equals(p.getStyle())).toList();
            assertThat(numbered).as("numbered paragraphs").hasSize(paragraphs(report));
            assertThat(numbered).allSatisfy(p -> {
                assertThat(p.getNumFmt()).isEqualTo("decimal");
                assertThat(p.getText()).doesNotMatch("^\\d+\\.\\s.*");
            });
            if (!report.header().symbol().isBlank()) {
                assertThat(DocxReading.header(doc, HeaderFooterType.DEFAULT)).contains(report.header().symbol());
                assertThat(DocxReading.header(doc, HeaderFooterType.EVEN)).contains(report.header().symbol());
            }
        }

        byte[] pdf = RENDERERS.render(report, ReportFormat.PDF);
        Files.write(OUT.resolve(base + ".pdf"), pdf);
        try (PdfPages pages = new PdfPages(pdf)) {
            String text = Normalizer.normalize(String.join("\n", pages.pages.stream().map(PdfPages.Page::text).toList())
                    .replaceAll("\\s+", " ").replaceAll("(?<=\\p{L})- (?=\\p{L})", "-"), Normalizer.Form.NFC); // a line broken after a name's hyphen
            assertThat(names).allSatisfy(n -> assertThat(text).as("PDF").contains(n));
            assertThat(text).as("PDF shows no Markdown").doesNotContain("<http").doesNotContain("[^");
            PdfRendererTest.assertFootnotesAtTheFootOfTheirPages(pages, report);
            if (!report.header().symbol().isBlank()) {
                assertThat(pages.pages).allSatisfy(p -> assertThat(p.text()).contains(report.header().symbol()));
            }
        }

        byte[] akn = RENDERERS.render(report, ReportFormat.AKN);
        Files.write(OUT.resolve(base + ".akn.xml"), akn);
        AknRendererTest.Akn xml = new AknRendererTest.Akn(akn);
        AknRendererTest.assertWellFormedReport(xml);
        String aknText = xml.s("/");
        assertThat(names).allSatisfy(n -> assertThat(aknText).as("AKN").contains(n));
        assertThat(aknText).as("AKN shows no Markdown").doesNotContain("<http").doesNotContain("[^");
        assertThat(xml.n("//akn:paragraph[not(ancestor::akn:attachment)]")).isEqualTo(paragraphs(report));
        assertThat(xml.n("//akn:authorialNote")).isEqualTo(report.footnotes().size()
                + (report.header().titleNote() == null || report.header().titleNote().isBlank() ? 0 : 1));
    }

    /**
     * Every format prints every annex (the list of documents, the texts of decisions, the list of participants) with
     * all its text, and no format shows a placeholder or a message key where wording should be, in either language.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examples")
    void everyFormatPrintsTheAnnexesWholeAndNoPlaceholderOrMessageKey(String example, String language) throws Exception {
        ReportDocument report = GENERATOR.generate(ScenarioHistories.of(example), language);
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("MD", new String(RENDERERS.render(report, ReportFormat.MD), StandardCharsets.UTF_8).replace("\\", ""));
        texts.put("HTML", unescape(new String(RENDERERS.render(report, ReportFormat.HTML), StandardCharsets.UTF_8)
                .replaceAll("(?s)<style>.*</style>", "").replaceAll("<[^>]+>", "")));
        try (XWPFDocument doc = DocxReading.open(RENDERERS.render(report, ReportFormat.DOCX))) {
            texts.put("DOCX", DocxReading.allText(doc));
        }
        try (PdfPages pages = new PdfPages(RENDERERS.render(report, ReportFormat.PDF))) {
            texts.put("PDF", Normalizer.normalize(String.join("\n", pages.pages.stream().map(PdfPages.Page::text).toList()),
                    Normalizer.Form.NFC));
        }
        texts.put("AKN", new AknRendererTest.Akn(RENDERERS.render(report, ReportFormat.AKN)).s("/"));
        Set<String> keys = new java.util.HashSet<>(org.rapporteur.profiles.Messages.shipped().keys());
        keys.removeIf(k -> !k.contains("."));
        for (Map.Entry<String, String> format : texts.entrySet()) {
            String text = format.getValue().replaceAll("\\s+", " ");
            assertThat(text).as(format.getKey() + " of " + example + " in " + language)
                    .doesNotContainPattern("\\{[a-zA-Z][\\w.:-]*(,[^}]*)?\\}").doesNotContain("\uE000").doesNotContain("null");
            assertThat(keys).as("message keys in " + format.getKey()).noneSatisfy(k -> assertThat(text).contains(k));
            for (ReportDocument.Annex annex : report.annexes()) {
                for (String line : annexText(annex)) {
                    assertThat(text).as(format.getKey() + " prints annex " + annex.number()).contains(line.replaceAll("\\s+", " "));
                }
            }
        }
    }

    /** What an annex says: its title, its rows' symbols and titles, its blocks' texts and names. */
    private static List<String> annexText(ReportDocument.Annex annex) {
        List<String> lines = new ArrayList<>();
        lines.add(annex.title());
        annex.documents().forEach(e -> lines.add(e.symbol()));
        for (ReportDocument.AnnexBlock block : annex.blocks()) {
            if (block instanceof ReportDocument.AnnexHeading h) {
                lines.add(h.text());
            } else if (block instanceof ReportDocument.AnnexParagraph p) {
                lines.add(p.text());
            } else if (block instanceof ReportDocument.AnnexList l) {
                lines.addAll(l.items());
            } else if (block instanceof ReportDocument.AnnexNote n) {
                lines.add(n.text());
            }
        }
        return lines;
    }

    private static int paragraphs(ReportDocument report) {
        return (int) report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ReportDocument.Paragraph).count();
    }

    /** The people (a "name" beside a State, an honorific or a position) and the States (by code) the events name. */
    static Set<String> namesOf(MeetingHistory history) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordedEvent e : history.events()) {
            collect(JSON.valueToTree(e.event()), names);
        }
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            if (node.path("name").isTextual() && (node.has("state") || node.has("honorific") || node.has("position"))) {
                names.add(node.path("name").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                collect(fields.next().getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        } else if (node.isTextual() && node.asText().matches("[A-Z]{3}") && States.known(node.asText())) {
            States.State s = States.byCode(node.asText()).orElseThrow();
            names.add(s.name());
            names.add(s.runningName().replaceFirst("^the ", ""));
            names.add(s.shortName());
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
