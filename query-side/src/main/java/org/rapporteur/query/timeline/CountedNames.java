package org.rapporteur.query.timeline;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A name as an English ICU message of {count} ("{count, plural, one {Vice-President} other {Vice-Presidents}}"), said
 * for a number of holders: each pattern and number formatted once. A new MessageFormat per entry was half of what a
 * rebuild spent describing the timeline (docs/benchmarks.md).
 */
final class CountedNames {

    /** Patterns come from the body profiles, counts from one meeting's offices: a few hundred at most. */
    private static final int MOST = 4096;

    private final Map<String, String> said = new ConcurrentHashMap<>();

    String named(String pattern, int count) {
        String key = count + "\u0000" + pattern;
        String name = said.get(key);
        if (name == null) {
            name = new MessageFormat(pattern, ULocale.ENGLISH).format(Map.of("count", count));
            if (said.size() >= MOST) {
                said.clear();
            }
            said.put(key, name);
        }
        return name;
    }
}
