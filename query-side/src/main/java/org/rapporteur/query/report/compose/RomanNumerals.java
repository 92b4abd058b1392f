package org.rapporteur.query.report.compose;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/** Upper-case Roman numerals of parts and annexes, by ICU; the few a report uses are made once per process. */
final class RomanNumerals {

    private static final String[] FIRST = new String[40];

    static {
        RuleBasedNumberFormat roman = formatter();
        for (int n = 1; n < FIRST.length; n++) {
            FIRST[n] = roman.format(n);
        }
    }

    private RomanNumerals() {
    }

    static String of(int n) {
        return n > 0 && n < FIRST.length ? FIRST[n] : formatter().format(n);
    }

    private static RuleBasedNumberFormat formatter() {
        RuleBasedNumberFormat roman = new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
        roman.setDefaultRuleSet("%roman-upper");
        return roman;
    }
}
