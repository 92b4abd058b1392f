package org.rapporteur.text;

/** Ordinal words as UN documents write them: "Twelfth", "Twenty-first". */
public final class Ordinals {

    private static final String[] UNITS = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
            "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
            "Seventeenth", "Eighteenth", "Nineteenth"};
    private static final String[] TENS_ORDINAL = {"", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth",
            "Seventieth", "Eightieth", "Ninetieth"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

    private Ordinals() {
    }

    /** Capitalised ordinal word for 1 to 99, digits with a suffix beyond. */
    public static String word(int n) {
        if (n <= 0 || n >= 100) {
            return n + suffix(n);
        }
        if (n < 20) {
            return UNITS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return units == 0 ? TENS_ORDINAL[tens] : TENS[tens] + "-" + UNITS[units].toLowerCase();
    }

    public static String suffix(int n) {
        int lastTwo = Math.abs(n) % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Lower-case ordinal word: "fifth". */
    public static String lower(int n) {
        return word(n).toLowerCase();
    }

    /** "the fifth plenary session". */
    public static String plenarySession(int n) {
        return "the " + lower(n) + " plenary session";
    }
}
