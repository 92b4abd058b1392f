package org.rapporteur.query.report.render;

import org.rapporteur.query.report.ReportDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every renderer reads the same way: headings, web addresses inside the wording, the report's language. */
final class RenderText {

    /** A web address as wording writes it: {@code <http://...>} or bare; the angle brackets are not printed. */
    private static final Pattern ADDRESS = Pattern.compile("<(https?://[^>\\s]+)>|(https?://[^\\s)<>]*[^\\s)<>.,;:])");

    /** A piece of running text: plain, or a web address to link ({@code href} non-null). */
    record Piece(String text, String href) {
    }

    private RenderText() {
    }

    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null) {
            return pieces;
        }
        Matcher m = ADDRESS.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                pieces.add(new Piece(text.substring(from, m.start()), null));
            }
            String href = m.group(1) != null ? m.group(1) : m.group(2);
            pieces.add(new Piece(href, href));
            from = m.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), null));
        }
        return pieces;
    }

    /** The text as read, web addresses without their angle brackets. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder();
        pieces(text).forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** A sub-part's heading with its number ("A. Opening of the Meeting"), a sub-heading as written. */
    static String heading(ReportDocument.SubHeading heading) {
        return blank(heading.number()) ? nz(heading.text()) : heading.number() + ". " + nz(heading.text());
    }

    /** The report's language (BCP 47); from the masthead's language line for a model that does not say it. */
    static String language(ReportDocument report) {
        return blank(report.language()) ? languageCode(report.header()) : report.language();
    }

    /** A word the renderer prints around the wording ("Annex", "Symbol"), in the report's language. */
    static String label(ReportDocument report, String key) {
        return java.util.ResourceBundle.getBundle("org.rapporteur.query.report.render.labels",
                Locale.forLanguageTag(language(report)), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** The annexes to print: those with rows or blocks. */
    static List<ReportDocument.Annex> annexes(ReportDocument report) {
        return report.annexes().stream().filter(a -> !a.documents().isEmpty() || !a.blocks().isEmpty()).toList();
    }

    static String annexHeading(ReportDocument report, ReportDocument.Annex annex) {
        return label(report, "annex") + (blank(annex.number()) ? "" : " " + annex.number());
    }

    static String heading(ReportDocument.Section section) {
        return blank(section.number()) ? nz(section.title()) : section.number() + ". " + nz(section.title());
    }

    /**
     * The BCP 47 code of the report's language, read from the masthead's language line ("Original: English",
     * "Original : français"); "und" when no language is named there.
     */
    static String languageCode(ReportDocument.Header header) {
        String line = nz(header.language()).toLowerCase(Locale.ROOT);
        if (!line.isBlank()) {
            for (String code : Locale.getISOLanguages()) {
                Locale language = Locale.forLanguageTag(code);
                for (Locale in : new Locale[]{Locale.ENGLISH, language}) {
                    String name = language.getDisplayLanguage(in).toLowerCase(in);
                    if (!name.isBlank() && !name.equals(code) && Pattern.compile("\\b" + Pattern.quote(name) + "\\b",
                            Pattern.UNICODE_CHARACTER_CLASS).matcher(line).find()) {
                        return code;
                    }
                }
            }
        }
        return "und";
    }

    static String itemLabel(ReportDocument.Paragraph paragraph, ReportDocument.Item item) {
        return item.label() != null ? item.label() : (paragraph.lettered() ? "" : "\u2022");
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
