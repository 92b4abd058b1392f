package org.rapporteur.text;

/** Cardinal numbers in words for small counts ("six plenary sessions", "two years"). */
public final class Numbers {

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty"};

    private Numbers() {
    }

    public static String words(int n) {
        return n >= 0 && n < WORDS.length ? WORDS[n] : String.valueOf(n);
    }

    /** "one day", "two years". */
    public static String count(int n, String singular, String plural) {
        return words(n) + " " + (n == 1 ? singular : plural);
    }
}
