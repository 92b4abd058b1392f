package org.rapporteur.query.report.render;

import org.rapporteur.query.report.render.MarkdownRenderer;
import org.rapporteur.query.report.ReportDocument;

import java.nio.charset.StandardCharsets;

/** One entry point to turn a report model into the bytes of any {@link ReportFormat}. */
public final class ReportRenderers {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlRenderer html = new HtmlRenderer();
    private final DocxRenderer docx = new DocxRenderer();
    private final PdfRenderer pdf = new PdfRenderer();
    private final AknRenderer akn = new AknRenderer();

    public byte[] render(ReportDocument report, ReportFormat format) {
        switch (format) {
            case MD:
                return markdown.render(report).getBytes(StandardCharsets.UTF_8);
            case HTML:
                return html.render(report).getBytes(StandardCharsets.UTF_8);
            case DOCX:
                return docx.render(report);
            case PDF:
                return pdf.render(report);
            case AKN:
                return akn.render(report);
            case JSON:
                return ReportJson.write(report, true).getBytes(StandardCharsets.UTF_8);
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }
}
