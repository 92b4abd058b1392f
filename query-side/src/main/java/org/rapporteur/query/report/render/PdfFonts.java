package org.rapporteur.query.report.render;

import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The fonts of the PDF: Noto faces that travel in the application (fetched at build time from their packages
 * into this package's {@code fonts/}), never the machine's. A character the first family lacks is set in the next:
 * Latin with every diacritic, Greek and Cyrillic in Noto Serif, Arabic in DejaVu Sans (whose joined letter forms
 * are all encoded, so the PDF's text reads back as written), Chinese and Japanese in Noto Serif SC; a run of Han
 * characters holding kana is set in Noto Serif JP, with Japanese glyph forms.
 */
final class PdfFonts {

    static final String FAMILIES = "Noto Serif, DejaVu Sans, Noto Serif SC";
    private static final String JAPANESE = "Noto Serif JP, Noto Serif SC";
    private static final String SCHEME = "report-font";
    private static final String FOLDER = "fonts/";

    private static final String[][] FACES = {
            {"Noto Serif", "normal", "normal", "NotoSerif_400Regular.ttf"},
            {"Noto Serif", "normal", "bold", "NotoSerif_700Bold.ttf"},
            {"Noto Serif", "italic", "normal", "NotoSerif_400Regular_Italic.ttf"},
            {"Noto Serif", "italic", "bold", "NotoSerif_700Bold_Italic.ttf"},
            {"DejaVu Sans", "normal", "normal", "DejaVuSans.ttf"},
            {"DejaVu Sans", "normal", "bold", "DejaVuSans-Bold.ttf"},
            {"Noto Serif SC", "normal", "normal", "NotoSerifSC_400Regular.ttf"},
            {"Noto Serif JP", "normal", "normal", "NotoSerifJP_400Regular.ttf"},
    };

    private PdfFonts() {
    }

    /** One factory for the application: FOP loads a font the first time a document uses it, then keeps it. */
    static FopFactory factory() {
        StringBuilder conf = new StringBuilder("<fop version=\"1.0\"><accessibility>true</accessibility><use-cache>false</use-cache>")
                .append("<renderers><renderer mime=\"application/pdf\"><fonts>");
        for (String[] face : FACES) {
            if (PdfFonts.class.getResource(FOLDER + face[3]) == null) {
                throw new IllegalStateException("the PDF font " + face[3] + " is not on the classpath: build with Maven, which "
                        + "fetches the fonts (query-side/src/build/fetch-fonts.sh)");
            }
            conf.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"").append(SCHEME).append(':').append(face[3])
                    .append("\"><font-triplet name=\"").append(face[0]).append("\" style=\"").append(face[1])
                    .append("\" weight=\"").append(face[2]).append("\"/></font>");
        }
        conf.append("</fonts></renderer></renderers></fop>");
        try {
            FopConfParser parser = new FopConfParser(new ByteArrayInputStream(conf.toString().getBytes(StandardCharsets.UTF_8)),
                    URI.create(SCHEME + ":/"), new ClasspathFonts());
            return parser.getFopFactoryBuilder().build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure the PDF fonts", e);
        }
    }

    /** Appends {@code text} escaped for XML; runs of Chinese characters holding kana are marked as Japanese. */
    static void text(StringBuilder fo, String text) {
        int i = 0;
        while (i < text.length()) {
            int end = i;
            boolean kana = false;
            while (end < text.length() && cjk(text.codePointAt(end))) {
                kana |= Character.UnicodeScript.of(text.codePointAt(end)) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(text.codePointAt(end)) == Character.UnicodeScript.KATAKANA;
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > i) {
                if (kana) {
                    fo.append("<fo:inline font-family=\"").append(JAPANESE).append("\" xml:lang=\"ja\">");
                }
                escape(fo, text.substring(i, end));
                if (kana) {
                    fo.append("</fo:inline>");
                }
                i = end;
            } else {
                int next = i;
                while (next < text.length() && !cjk(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                escape(fo, text.substring(i, next));
                i = next;
            }
        }
    }

    private static boolean cjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    static void escape(StringBuilder fo, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> fo.append("&lt;");
                case '>' -> fo.append("&gt;");
                case '&' -> fo.append("&amp;");
                case '"' -> fo.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        fo.appendCodePoint(c);
                    }
                }
            }
        });
    }

    /** Reads {@code report-font:NAME} from this package's {@code fonts/}; everything else as FOP would. */
    private static final class ClasspathFonts implements ResourceResolver {
        private final ResourceResolver fallback = ResourceResolverFactory.createDefaultResourceResolver();

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (SCHEME.equals(uri.getScheme())) {
                String name = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
                InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name);
                if (in == null) {
                    throw new IOException("no font " + name + " in the application");
                }
                return new Resource(in);
            }
            return fallback.getResource(uri);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            return fallback.getOutputStream(uri);
        }
    }
}
