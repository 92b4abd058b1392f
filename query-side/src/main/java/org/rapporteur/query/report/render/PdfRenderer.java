package org.rapporteur.query.report.render;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.rapporteur.query.report.ReportDocument;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;

/**
 * The report as a tagged A4 PDF laid out by Apache FOP from {@link ReportFo}: fonts embedded as subsets,
 * footnotes at the foot of the page citing them, the symbol at the head of every page, document properties set.
 */
public final class PdfRenderer {

    private static volatile FopFactory factory;

    public byte[] render(ReportDocument report) {
        return render(report, ReportFo.of(report));
    }

    static byte[] render(ReportDocument report, String fo) {
        ReportDocument.Header h = report.header();
        FOUserAgent agent = factory().newFOUserAgent();
        String title = RenderText.nz(h.title()) + (RenderText.blank(h.symbol()) ? "" : " (" + h.symbol() + ")");
        if (!title.isBlank()) {
            agent.setTitle(title);
        }
        if (!RenderText.blank(h.meetingTitle())) {
            agent.setSubject(h.meetingTitle());
        }
        if (!RenderText.blank(h.symbol())) {
            agent.setKeywords(h.symbol());
        }
        agent.setCreator("Rapporteur");
        agent.setProducer("Rapporteur");
        agent.setAccessibility(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            Fop fop = factory().newFop(MimeConstants.MIME_PDF, agent, out);
            Transformer identity = TransformerFactory.newInstance().newTransformer();
            identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot lay out the PDF report", e);
        }
        return PdfTextMapping.apply(out.toByteArray(), fo);
    }

    private static FopFactory factory() {
        FopFactory f = factory;
        if (f == null) {
            synchronized (PdfRenderer.class) {
                if (factory == null) {
                    factory = PdfFonts.factory();
                }
                f = factory;
            }
        }
        return f;
    }
}
