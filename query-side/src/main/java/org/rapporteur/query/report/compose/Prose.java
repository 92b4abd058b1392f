package org.rapporteur.query.report.compose;

/** Joining sentences into paragraphs: one space between them, each begun with a capital, runs of spaces as one. */
public final class Prose {

    private final StringBuilder text = new StringBuilder(256);
    private final org.rapporteur.query.report.wording.Phrasing say;

    public Prose(org.rapporteur.query.report.wording.Phrasing say) {
        this.say = say;
    }

    /** Adds a sentence (nothing when it is null or blank: a sentence left out for a missing fact). */
    public Prose sentence(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return this;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(say.capitalise(sentence.trim()));
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Whitespace runs as one space, no space before a comma, one comma where two met (an incise closed before a list's comma), trimmed. */
    static String tidy(String s) {
        if (tidyAlready(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (space(c)) {
                space = true;
            } else if (c == ',' && out.length() > 0 && out.charAt(out.length() - 1) == ',') {
                space = false;
            } else {
                if (space && out.length() > 0 && c != ',') {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@link #tidy} would return {@code s} as it is: single plain spaces between words, none before a comma. */
    private static boolean tidyAlready(String s) {
        int last = s.length() - 1;
        for (int k = 0; k <= last; k++) {
            char c = s.charAt(k);
            if (c == ',' && k < last && (s.charAt(k + 1) == ',' || k + 2 <= last && s.charAt(k + 1) == ' ' && s.charAt(k + 2) == ',')) {
                return false;
            }
            if (space(c)) {
                if (c != ' ' || k == 0 || k == last) {
                    return false;
                }
                char next = s.charAt(k + 1);
                if (next == ',' || space(next)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link Character#isWhitespace}, answered without its tables for the characters between the controls and U+1680 (none is). */
    private static boolean space(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }
}
