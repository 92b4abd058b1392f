package org.rapporteur.query.report;

import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.DocxReading;
import org.rapporteur.query.report.render.PdfPages;
import org.rapporteur.query.report.render.ReportFormat;
import org.rapporteur.query.report.render.ReportRenderers;

import javax.imageio.ImageIO;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first page of the Twelfth Meeting's report in each format as PNG under target/rendered/images, to be looked at
 * (copies are in docs/): the PDF by PDFBox, the DOCX by LibreOffice and the HTML by Chromium when they are installed,
 * the AKN as its indented XML.
 */
class DocumentImagesTest {

    private static final Path OUT = Path.of("target", "rendered", "images");

    @Test
    void aPageOfEachFormat() throws Exception {
        ReportDocument report = new ReportGenerator().generate(ScenarioHistories.of("ccm-12msp"), "en");
        ReportRenderers renderers = new ReportRenderers();
        Files.createDirectories(OUT);
        try (PdfPages pdf = new PdfPages(renderers.render(report, ReportFormat.PDF))) {
            assertThat(pdf.png(0, OUT.resolve("report-pdf.png"))).exists();
            pdf.png(1, OUT.resolve("report-pdf-page-2.png"));
        }
        Optional<byte[]> docx = DocxReading.viaLibreOffice(renderers.render(report, ReportFormat.DOCX), OUT, "report-docx");
        if (docx.isPresent()) {
            try (PdfPages pages = new PdfPages(docx.get())) {
                pages.png(0, OUT.resolve("report-docx.png"));
            }
        } else {
            System.out.println("LibreOffice is not installed: no picture of the DOCX");
        }
        Path html = OUT.resolve("report.html").toAbsolutePath();
        Files.write(html, renderers.render(report, ReportFormat.HTML));
        Path chromium = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(chromium)) {
            Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1000,1400", "--screenshot=" + OUT.resolve("report-html.png").toAbsolutePath(), html.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(OUT.resolve("chromium.log").toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } else {
            System.out.println("Chromium is not installed: no picture of the HTML");
        }
        xmlPicture(renderers.render(report, ReportFormat.AKN), OUT.resolve("report-akn.png"));
    }

    /** The XML indented for reading (the file itself is not: whitespace in running text would change it). */
    private static void xmlPicture(byte[] xml, Path png) throws Exception {
        var t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        t.transform(new StreamSource(new ByteArrayInputStream(xml)), new StreamResult(out));
        List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).limit(95).toList();
        BufferedImage image = new BufferedImage(1100, 1400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        int y = 20;
        for (String line : lines) {
            g.drawString(line.length() > 160 ? line.substring(0, 157) + "..." : line, 10, y);
            y += 14;
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }
}
