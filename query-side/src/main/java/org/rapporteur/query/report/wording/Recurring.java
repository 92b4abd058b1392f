package org.rapporteur.query.report.wording;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The messages one {@link Phrasing} has filled from short values (a verb and its tense, a State and its article,
 * a date, a count): they recur all through a report, so each is formatted once per report. A message given a long
 * text (a sentence, a list of names) is not kept, nor, after a first few, a message never asked again with the same
 * values (a footnote's pinpoint, an annex's entry). Only filled messages are kept: one that could not be filled is
 * asked again, and lists its problem again.
 */
final class Recurring {

    /** The longest text value a kept message may have been given. */
    private static final int SHORT = 64;
    /** How many of a message's fillings are kept before it is given up if none was asked again. */
    private static final int TRIAL = 32;

    private final Map<String, Filled> byKey = new HashMap<>();

    /** The message filled before from the same key and values, or null. */
    String get(String key, Object[] pairs) {
        Filled filled = byKey.get(key);
        if (filled == null || filled.texts == null) {
            return null;
        }
        String text = filled.texts.get(new Values(pairs));
        if (text != null) {
            filled.recurred = true;
        }
        return text;
    }

    /** Keeps {@code text} as message {@code key} filled from {@code pairs}, when all its values are short. */
    void keep(String key, Object[] pairs, String text) {
        for (int i = 1; i < pairs.length; i += 2) {
            if (!isShort(pairs[i])) {
                return;
            }
        }
        Filled filled = byKey.computeIfAbsent(key, k -> new Filled());
        if (filled.texts == null) {
            return;
        }
        if (!filled.recurred && filled.texts.size() >= TRIAL) {
            filled.texts = null;
            return;
        }
        filled.texts.put(new Values(pairs.clone()), text);
    }

    /** Every kept message is to be formatted again (an argument given to every message has changed). */
    void forget() {
        byKey.clear();
    }

    private static boolean isShort(Object value) {
        return value == null || value instanceof String s && s.length() <= SHORT || value instanceof Integer
                || value instanceof Boolean || value instanceof Enum<?> || value instanceof LocalDate;
    }

    /** One message's fillings by their values (null once given up), and whether one was asked for again. */
    private static final class Filled {
        private Map<Values, String> texts = new HashMap<>();
        private boolean recurred;
    }

    /** A message's name/value pairs, compared by their contents. */
    private static final class Values {
        private final Object[] pairs;
        private final int hash;

        Values(Object[] pairs) {
            this.pairs = pairs;
            this.hash = Arrays.hashCode(pairs);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Values v && hash == v.hash && Arrays.equals(pairs, v.pairs);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
