package org.rapporteur.query.report.render;

import org.rapporteur.query.report.ReportDocument;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The FRBR identity of a report, after the AKN naming convention as AKN4UN applies it:
 * work {@code /akn/un/doc/report/2024-09-20/CCM_MSP_2024_11}, expression {@code …/eng@}, manifestation
 * {@code …/eng@/!main.xml}; the date is the issue date ("undated" in a draft without one), the language the report's own.
 */
final class AknIdentity {

    static final String SOURCE = "rapporteur";
    static final String PROPONENT = "proponent";

    private final ReportDocument.Header header;
    /** The issue date, or null for a draft not yet dated. */
    private final String date;
    private final String language;

    AknIdentity(ReportDocument report) {
        this.header = report.header();
        this.date = issueDate(header, RenderText.language(report));
        String code = RenderText.language(report);
        this.language = code.equals("und") ? "und" : Locale.forLanguageTag(code).getISO3Language();
    }

    /** The issue date, or null for a draft not yet dated. */
    String date() {
        return date;
    }

    String proponentId() {
        return AknReferences.idPart(RenderText.nz(header.convention())).toLowerCase(Locale.ROOT);
    }

    /** {@code component} is empty for the main document, else the attachment's name ("annex_1"). */
    void identification(Element meta, String component) {
        String number = RenderText.blank(header.symbol()) ? "report" : AknReferences.idPart(header.symbol());
        String work = "/akn/un/doc/report/" + (date == null ? "undated" : date) + "/" + number;
        String expression = work + "/" + language + "@";
        String part = component.isEmpty() ? "main" : component;
        Element identification = child(meta, "identification");
        identification.setAttribute("source", "#" + SOURCE);
        Element w = child(identification, "FRBRWork");
        value(w, "FRBRthis", work + "/!" + part);
        value(w, "FRBRuri", work);
        if (!RenderText.blank(header.symbol())) {
            Element alias = value(w, "FRBRalias", header.symbol());
            alias.setAttribute("name", "UNSymbol");
        }
        date(w, "issued");
        author(w, "#" + PROPONENT);
        value(w, "FRBRcountry", "un");
        value(w, "FRBRnumber", number);
        value(w, "FRBRname", RenderText.nz(header.title()));
        Element e = child(identification, "FRBRExpression");
        value(e, "FRBRthis", expression + "/!" + part);
        value(e, "FRBRuri", expression);
        date(e, "issued");
        author(e, "#" + PROPONENT);
        child(e, "FRBRlanguage").setAttribute("language", language);
        Element m = child(identification, "FRBRManifestation");
        value(m, "FRBRthis", expression + "/!" + part + ".xml");
        value(m, "FRBRuri", expression + ".akn");
        date(m, "generation");
        author(m, "#" + SOURCE);
        value(m, "FRBRformat", "application/akn+xml");
    }

    /** A draft not yet dated carries the schema's required date as 0001-01-01, named "undated". */
    private void date(Element parent, String name) {
        Element d = child(parent, "FRBRdate");
        d.setAttribute("date", date == null ? "0001-01-01" : date);
        d.setAttribute("name", date == null ? "undated" : name);
    }

    private static void author(Element parent, String href) {
        Element a = child(parent, "FRBRauthor");
        a.setAttribute("href", href);
        a.setAttribute("as", "#author");
    }

    private static Element value(Element parent, String name, String value) {
        Element e = child(parent, name);
        e.setAttribute("value", value);
        return e;
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(AknRenderer.AKN, name);
        parent.appendChild(e);
        return e;
    }

    /** The issue date in ISO form; a report stored before it carried one, read from its masthead ("20 September 2024"). */
    private static String issueDate(ReportDocument.Header header, String code) {
        if (!RenderText.blank(header.issued())) {
            return header.issued();
        }
        String text = RenderText.nz(header.issuedOn()).trim();
        if (text.isEmpty()) {
            return null;
        }
        for (Locale locale : new Locale[]{Locale.forLanguageTag(code), Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")}) {
            for (String pattern : new String[]{"d MMMM uuuu", "d MMMM 'de' uuuu", "MMMM d, uuuu", "uuuu-MM-dd"}) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern, locale)).toString();
                } catch (DateTimeParseException | IllegalArgumentException ignored) {
                    // the next way of writing a date
                }
            }
        }
        throw new IllegalStateException("the report's issue date '" + text + "' is not a date in any known form; "
                + "the AKN identity needs it");
    }
}
