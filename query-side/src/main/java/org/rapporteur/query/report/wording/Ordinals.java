package org.rapporteur.query.report.wording;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Ordinal words for the views' English labels ("Twelfth"), spelled out by ICU; the report itself spells its
 * ordinals in its messages.
 */
public final class Ordinals {

    private Ordinals() {
    }

    /** "Twelfth", "Twenty-first". */
    public static String word(int n) {
        String word;
        synchronized (SPELLOUT) {
            word = SPELLOUT.format(n, "%spellout-ordinal");
        }
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static final RuleBasedNumberFormat SPELLOUT = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
}
