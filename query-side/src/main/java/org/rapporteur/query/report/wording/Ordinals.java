package org.rapporteur.query.report.wording;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
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
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        String word = spellout.format(n, "%spellout-ordinal");
        return UCharacter.toTitleCase(ULocale.ENGLISH, word, BreakIterator.getSentenceInstance(ULocale.ENGLISH),
                UCharacter.TITLECASE_NO_LOWERCASE);
    }
}
