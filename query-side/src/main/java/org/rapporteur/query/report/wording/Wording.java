package org.rapporteur.query.report.wording;

import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.ListFormatter.FormattedList;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.Messages;
import org.rapporteur.profiles.Wording.Phrase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one body's report in one language: the profile's own wording where it has it, the shipped
 * messages otherwise, compiled once (ICU MessageFormat) and shared by every generation.
 */
public final class Wording {

    private static final Map<String, Wording> CACHE = new ConcurrentHashMap<>();

    private final BodyProfile profile;
    private final String language;
    private final ULocale dates;
    private final ListFormatter lists;
    private final Junctions junctions;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    private Wording(BodyProfile profile, String language) {
        this.profile = profile;
        this.language = language;
        this.junctions = Junctions.of(language);
        this.dates = ULocale.forLanguageTag(pattern("locale.dates").orElse(language));
        this.lists = ListFormatter.getInstance(ULocale.forLanguageTag(pattern("locale.lists").orElse(language)),
                ListFormatter.Type.AND, ListFormatter.Width.WIDE);
    }

    /** The wording of {@code profile} in {@code language} (kept while the profile's fingerprint is the same). */
    public static Wording of(BodyProfile profile, String language) {
        return CACHE.computeIfAbsent(profile.id() + "/" + profile.fingerprint() + "/" + language,
                k -> new Wording(profile, language));
    }

    public String language() {
        return language;
    }

    public BodyProfile profile() {
        return profile;
    }

    /** The items joined as running text in this language ("A, B, and C"; "A, B et C"). */
    public String list(List<String> items) {
        return items.isEmpty() ? "" : lists.format(items);
    }

    /**
     * Clauses of one sentence joined as {@link #list}, each incise closed: a clause holding a comma is followed by one
     * where the language's list puts none ("adopted its agenda, as contained in X, and adopted its rules").
     */
    public String clauses(List<String> items) {
        if (items.size() < 2) {
            return list(items);
        }
        FormattedList joined = lists.formatToValue(items);
        StringBuilder out = new StringBuilder(joined.toString());
        ConstrainedFieldPosition element = new ConstrainedFieldPosition();
        element.constrainField(ListFormatter.Field.ELEMENT);
        List<Integer> closings = new java.util.ArrayList<>();
        int index = 0;
        while (joined.nextPosition(element)) {
            int end = element.getLimit();
            if (index < items.size() - 1 && items.get(index).contains(",") && out.charAt(end) != ',') {
                closings.add(end);
            }
            index++;
        }
        for (int i = closings.size() - 1; i >= 0; i--) {
            out.insert((int) closings.get(i), ',');
        }
        return out.toString();
    }

    /** The pattern of {@code key}: the profile's, else the shipped one; empty when neither has this language. */
    public Optional<String> pattern(String key) {
        Optional<Phrase> own = profile.report().wording().phrase(language, key);
        if (own.isPresent()) {
            return Optional.of(own.get().pattern());
        }
        return Messages.shipped().message(key).map(m -> m.patterns().get(language)).map(Phrase::pattern);
    }

    /** The shipped messages that have no pattern in this language, the profile's or shipped, in sorted order. */
    public List<String> missing() {
        return Messages.shipped().keys().stream().filter(key -> pattern(key).isEmpty()).sorted().toList();
    }

    /** The arguments message {@code key} uses in this language (a missing one is a problem), or null when it has no wording. */
    Set<String> argumentsOf(String key) {
        Compiled c = compiled(key);
        return c == null ? null : c.arguments;
    }

    /** The arguments message {@code key} writes as given and never chooses on: "none" is no value for these. */
    Set<String> plainArgumentsOf(String key) {
        Compiled c = compiled(key);
        return c == null ? Set.of() : c.shapes.writtenAsGiven();
    }

    /** {@code key} formatted with {@code arguments}, which must give every argument it uses; null when it has no wording. */
    String format(String key, Map<String, Object> arguments) {
        Compiled c = compiled(key);
        if (c == null) {
            return null;
        }
        return junctions.finish(c.shapes.format(arguments));
    }

    /** A pattern of the profile itself (a heading) formatted with {@code arguments}. */
    public String formatPattern(String pattern, Map<String, Object> arguments) {
        Compiled c = compiled.computeIfAbsent("\u0000" + pattern, k -> compile(pattern));
        synchronized (c.format) {
            return junctions.finish(c.format.format(arguments));
        }
    }

    private Compiled compiled(String key) {
        Compiled c = compiled.get(key);
        if (c == null) {
            Optional<String> pattern = pattern(key);
            if (pattern.isEmpty()) {
                return null;
            }
            c = compile(pattern.get());
            compiled.put(key, c);
        }
        return c;
    }

    private Compiled compile(String pattern) {
        MessageFormat format = new MessageFormat(pattern, dates);
        return new Compiled(format, Messages.argumentsOf(pattern), new Shapes(format, pattern, junctions));
    }

    private record Compiled(MessageFormat format, Set<String> arguments, Shapes shapes) {
    }
}
