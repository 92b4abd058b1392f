package org.rapporteur.query.report.render;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the PDF's text read back as written. FOP maps each glyph back to the lowest character the font draws with
 * it, so a Chinese character drawn like a Kangxi radical (人, 民, 日, 山) would be copied out as the radical.
 * Here each such mapping of a Chinese font is pointed at the character of the report that the glyph was drawn for.
 */
final class PdfTextMapping {

    private static final Pattern PAIR = Pattern.compile("<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>");
    private static final Pattern BFCHAR = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL);
    private static final Map<String, String> FONT_FILES = Map.of("NotoSerifSC", "NotoSerifSC_400Regular.ttf",
            "NotoSerifJP", "NotoSerifJP_400Regular.ttf");
    private static final Map<String, CmapLookup> CMAPS = new ConcurrentHashMap<>();

    private PdfTextMapping() {
    }

    static byte[] apply(byte[] pdf, String reportText) {
        Set<Integer> written = new HashSet<>();
        reportText.codePoints().filter(c -> c > 0x2E7F).forEach(written::add);
        if (written.isEmpty()) {
            return pdf;
        }
        try (PDDocument doc = PDDocument.load(pdf)) {
            boolean changed = false;
            Set<COSStream> done = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String file = FONT_FILES.entrySet().stream().filter(e -> font.getName().contains(e.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    COSStream toUnicode = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
                    if (file != null && toUnicode != null && done.add(toUnicode)) {
                        changed |= remap(toUnicode, cmap(file), written);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot map the PDF's text back to its characters", e);
        }
    }

    private static boolean remap(COSStream toUnicode, CmapLookup cmap, Set<Integer> written) throws IOException {
        Map<Integer, Integer> byGlyph = new HashMap<>();
        for (int c : written) {
            int glyph = cmap.getGlyphId(c);
            if (glyph > 0) {
                byGlyph.putIfAbsent(glyph, c);
            }
        }
        String text;
        try (InputStream in = toUnicode.createInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher block = BFCHAR.matcher(text);
        boolean changed = false;
        while (block.find()) {
            Matcher pair = PAIR.matcher(block.group(1));
            StringBuilder body = new StringBuilder();
            while (pair.find()) {
                String target = pair.group(2);
                String replaced = target;
                if (target.length() == 4) {
                    int c = Integer.parseInt(target, 16);
                    Integer meant = written.contains(c) ? null : byGlyph.get(cmap.getGlyphId(c));
                    if (meant != null && Character.charCount(meant) == 1) {
                        replaced = String.format("%04x", meant);
                    }
                }
                changed |= !replaced.equals(target);
                pair.appendReplacement(body, "<" + pair.group(1) + "> <" + replaced + ">");
            }
            pair.appendTail(body);
            block.appendReplacement(out, Matcher.quoteReplacement("beginbfchar" + body + "endbfchar"));
        }
        block.appendTail(out);
        if (changed) {
            try (OutputStream o = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                o.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return changed;
    }

    private static CmapLookup cmap(String file) {
        return CMAPS.computeIfAbsent(file, f -> {
            try (InputStream in = PdfTextMapping.class.getResourceAsStream("fonts/" + f)) {
                TrueTypeFont font = new TTFParser().parse(in);
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the font " + f, e);
            }
        });
    }
}
