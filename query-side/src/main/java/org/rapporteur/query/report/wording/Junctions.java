package org.rapporteur.query.report.wording;

import java.util.List;

/**
 * Where a message's own words meet a text put into it, what the language writes there: in French the article and
 * preposition contracted ("de" + "le Groupe" is "du Groupe", "à les" is "aux") and elided before a vowel ("la
 * Assemblée" is "l’Assemblée", "de États" is "d’États"), and an English "the" that a name kept dropped after a French
 * article ("du the Committee"). Only at the junction: the words within a text are the text's.
 */
abstract class Junctions {

    private static final Junctions NONE = new Junctions() {
        @Override
        void append(StringBuilder out, String text) {
            out.append(text);
        }

        @Override
        String finish(String text) {
            return text;
        }
    };

    private static final Junctions FRENCH = new French();

    static Junctions of(String language) {
        return "fr".equals(language) ? FRENCH : NONE;
    }

    /** {@code text} appended to {@code out}, whose end is the message's words before it. */
    abstract void append(StringBuilder out, String text);

    /** A message as written, with what the language's usage changes in the words ICU spelled out. */
    abstract String finish(String text);

    static final class French extends Junctions {

        /** ICU spells "vingt-et-un" as the 1990 reform does; United Nations French keeps "vingt et unième". */
        private static final java.util.regex.Pattern AND_ONE = java.util.regex.Pattern.compile(
                "(?i)\\b(vingt|trente|quarante|cinquante|soixante)-et-(un|une|unième|onze|onzième)\\b");

        @Override
        String finish(String text) {
            return text == null || text.indexOf("-et-") < 0 ? text : AND_ONE.matcher(text).replaceAll("$1 et $2");
        }

        /** Contractions of a preposition ending {@code out} with an article beginning the text. */
        private static final List<String[]> CONTRACTED = List.of(
                new String[] {"de ", "le ", "du "}, new String[] {"de ", "les ", "des "},
                new String[] {"à ", "le ", "au "}, new String[] {"à ", "les ", "aux "},
                new String[] {"De ", "le ", "Du "}, new String[] {"De ", "les ", "Des "},
                new String[] {"À ", "le ", "Au "}, new String[] {"À ", "les ", "Aux "});
        /** Words elided before a vowel, and what they become. */
        private static final List<String[]> ELIDED = List.of(
                new String[] {"le ", "l’"}, new String[] {"la ", "l’"}, new String[] {"Le ", "L’"}, new String[] {"La ", "L’"},
                new String[] {"de ", "d’"}, new String[] {"De ", "D’"}, new String[] {"que ", "qu’"},
                new String[] {"du ", "de l’"}, new String[] {"au ", "à l’"}, new String[] {"Du ", "De l’"},
                new String[] {"Au ", "À l’"});
        private static final List<String> ARTICLES = List.of("le ", "la ", "les ", "l’", "du ", "des ", "au ", "aux ",
                "Le ", "La ", "Les ", "L’", "Du ", "Des ", "Au ", "Aux ");

        @Override
        void append(StringBuilder out, String text) {
            if (text.startsWith("the ") && endsWithWord(out, ARTICLES)) {
                text = text.substring(4);
            }
            for (String[] c : CONTRACTED) {
                if (text.startsWith(c[1]) && endsWithWord(out, c[0])) {
                    out.setLength(out.length() - c[0].length());
                    out.append(c[2]).append(text, c[1].length(), text.length());
                    return;
                }
            }
            if (startsWithVowel(text)) {
                for (String[] e : ELIDED) {
                    if (endsWithWord(out, e[0])) {
                        out.setLength(out.length() - e[0].length());
                        out.append(e[1]).append(text);
                        return;
                    }
                }
            }
            out.append(text);
        }

        private static boolean endsWithWord(StringBuilder out, List<String> words) {
            return words.stream().anyMatch(w -> endsWithWord(out, w));
        }

        /** {@code out} ends with {@code word}, a whole word (after a space, a bracket or nothing). */
        private static boolean endsWithWord(StringBuilder out, String word) {
            int start = out.length() - word.length();
            if (start < 0 || !out.substring(start).equals(word)) {
                return false;
            }
            if (start == 0) {
                return true;
            }
            char before = out.charAt(start - 1);
            return Character.isWhitespace(before) || before == '(' || before == '\u00ab' || before == '\u202f';
        }

        private static boolean startsWithVowel(String text) {
            if (text.isEmpty()) {
                return false;
            }
            // "la onzième", "le Yémen": no elision before these
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return "aeiouéèêëàâîïôœæ".indexOf(lower.charAt(0)) >= 0 && !lower.startsWith("onz");
        }
    }
}
