package org.rapporteur.query.report.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * The footnotes cited while a report is written. A cited note stands in the sentence as a mark that the paragraph
 * turns into a footnote node ({@link #split}) as soon as it is made; no mark outlives the drafting.
 */
public final class Footnotes {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private final List<Note> notes = new ArrayList<>();

    /**
     * A footnote: its text, and the document it cites with the place in it (a note citing the same document as
     * the one before it is written "Ibid." when the report is numbered).
     */
    public record Note(String text, String symbol, String pinpoint) {
    }

    /** A node of running text: words, or a footnote. */
    public sealed interface Piece permits Words, Cited {
    }

    public record Words(String text) implements Piece {
    }

    public record Cited(Note note) implements Piece {
    }

    /** Cites {@code note} where the returned mark is placed in a sentence; null text cites nothing. */
    public String cite(Note note) {
        if (note == null || note.text() == null) {
            return "";
        }
        notes.add(note);
        return "" + OPEN + (notes.size() - 1) + CLOSE;
    }

    /** Text with its marks turned into footnote nodes. */
    public List<Piece> split(String text) {
        List<Piece> out = new ArrayList<>();
        int from = 0;
        int open = text.indexOf(OPEN);
        while (open >= 0) {
            int close = text.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            if (open > from) {
                out.add(new Words(text.substring(from, open)));
            }
            out.add(new Cited(notes.get(Integer.parseInt(text, open + 1, close, 10))));
            from = close + 1;
            open = text.indexOf(OPEN, from);
        }
        if (from < text.length()) {
            out.add(new Words(text.substring(from)));
        }
        return out;
    }
}
