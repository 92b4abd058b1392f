package org.rapporteur.query.report.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A PDF read back with PDFBox: each page's text, its footnote calls and notes (by font size and place), its fonts. */
final class PdfPages implements AutoCloseable {

    /** Calls are set at 7 pt in the text, the notes' own marks at 6 pt, body text at 10 pt and more. */
    record Page(String text, Set<Integer> calls, Set<Integer> notes, float lowestBody, float highestNote) {
    }

    private final PDDocument document;
    final List<Page> pages = new ArrayList<>();

    PdfPages(byte[] pdf) throws IOException {
        document = PDDocument.load(pdf);
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            pages.add(read(i));
        }
    }

    PDDocument document() {
        return document;
    }

    private Page read(int number) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        String text = stripper.getText(document);
        Set<Integer> calls = new TreeSet<>();
        Set<Integer> notes = new TreeSet<>();
        float lowestBody = 0;
        float highestNote = Float.MAX_VALUE;
        StringBuilder digits = new StringBuilder();
        float digitSize = 0;
        float digitY = 0;
        for (TextPosition g : glyphs) {
            float size = g.getFontSizeInPt();
            boolean digit = g.getUnicode().length() == 1 && Character.isDigit(g.getUnicode().charAt(0)) && size < 7.6;
            boolean sameRun = digit && digits.length() > 0 && Math.abs(size - digitSize) < 0.2;
            if (digits.length() > 0 && !sameRun) {
                (digitSize > 6.5 ? calls : notes).add(Integer.parseInt(digits.toString()));
                if (digitSize <= 6.5) {
                    highestNote = Math.min(highestNote, digitY);
                }
                digits.setLength(0);
            }
            if (digit) {
                digits.append(g.getUnicode());
                digitSize = size;
                digitY = g.getYDirAdj();
                continue;
            }
            if (size >= 9.9 && !g.getUnicode().isBlank()) {
                lowestBody = Math.max(lowestBody, g.getYDirAdj());
            }
        }
        if (digits.length() > 0) {
            (digitSize > 6.5 ? calls : notes).add(Integer.parseInt(digits.toString()));
        }
        return new Page(text, calls, notes, lowestBody, highestNote);
    }

    /** Every font of every page, by its PDF name (a subset's name begins with six letters and a plus). */
    Set<PDFont> fonts() throws IOException {
        Set<PDFont> fonts = new LinkedHashSet<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    Path png(int pageIndex, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(pageIndex, 110), "png", file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
