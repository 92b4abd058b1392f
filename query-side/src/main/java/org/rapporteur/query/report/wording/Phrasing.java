package org.rapporteur.query.report.wording;

import com.ibm.icu.lang.UCharacter;
import org.rapporteur.query.report.ReportDocument.Problem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generation's use of a {@link Wording}: messages filled from facts, the footnotes they cite, and the problems
 * met. A message is filled only when every argument it uses is known; otherwise it is not written and the report
 * lists the problem, with the events of the fact being written ({@link #about}).
 */
public final class Phrasing {

    /** The value of an optional argument that the facts do not give (its message selects on it). */
    public static final String NONE = "none";
    /** What a "none" becomes where the wording would write it as it is: private-use marks no text has. */
    private static final String UNRECORDED = "\uE100none\uE101";

    private final Wording wording;
    private final List<Problem> problems;
    private final Footnotes footnotes;
    private List<String> about = List.of();
    private final Map<String, Object> standing = new HashMap<>();
    private final Recurring recurring = new Recurring();

    public Phrasing(Wording wording) {
        this(wording, new ArrayList<>(), new Footnotes());
    }

    private Phrasing(Wording wording, List<Problem> problems, Footnotes footnotes) {
        this.wording = wording;
        this.problems = problems;
        this.footnotes = footnotes;
    }

    /** The same drafting (footnotes, problems) in another language: the one wording was adopted in. */
    public Phrasing in(Wording other) {
        if (other == wording) {
            return this;
        }
        Phrasing phrasing = new Phrasing(other, problems, footnotes);
        phrasing.about = about;
        return phrasing;
    }

    public Wording wording() {
        return wording;
    }

    public String language() {
        return wording.language();
    }

    public Footnotes footnotes() {
        return footnotes;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * An argument every message may use without its composer giving it (what the report calls the meeting):
     * given once for the whole report.
     */
    public Phrasing standing(String name, Object value) {
        standing.put(name, value);
        recurring.forget();
        return this;
    }

    /** The events of the fact being written, named in any problem met until the next call. */
    public Phrasing about(List<String> eventIds) {
        this.about = eventIds == null ? List.of() : eventIds;
        return this;
    }

    /**
     * Message {@code key} filled from name/value {@code pairs}; null (and a problem listed) when the wording has no
     * such message or a value it uses is null. Values: text, numbers, dates ({@link LocalDate}), booleans (select
     * {@code yes}/{@code no}) and enumerations (select on the lower-case name).
     */
    public String say(String key, Object... pairs) {
        String again = recurring.get(key, pairs);
        if (again != null) {
            return again;
        }
        Set<String> used = wording.argumentsOf(key);
        if (used == null) {
            problem("no wording for '" + key + "' in '" + language() + "'");
            return null;
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            arguments.put((String) pairs[i], value(pairs[i + 1]));
        }
        List<String> missing = new ArrayList<>();
        Set<String> plain = wording.plainArgumentsOf(key);
        for (String name : used) {
            if (arguments.get(name) == null && standing.containsKey(name)) {
                arguments.put(name, standing.get(name));
            }
            if (arguments.get(name) == null) {
                missing.add(name);
            } else if (NONE.equals(arguments.get(name)) && plain.contains(name)) {
                // a fact not recorded, in wording that may write it without choosing on it: a hole if it is written
                arguments.put(name, UNRECORDED);
            }
        }
        if (!missing.isEmpty()) {
            problem("'" + key + "' needs " + String.join(", ", missing) + ", which the recorded facts do not give;"
                    + " the sentence is left out");
            return null;
        }
        String text = wording.format(key, arguments);
        if (text != null && text.indexOf(UNRECORDED) >= 0) {
            List<String> written = used.stream().filter(name -> UNRECORDED.equals(arguments.get(name))).sorted().toList();
            problem("'" + key + "' needs " + String.join(", ", written) + ", which the recorded facts do not give;"
                    + " the sentence is left out");
            return null;
        }
        if (text != null) {
            recurring.keep(key, pairs, text);
        }
        return text;
    }

    /** Like {@link #say} for a message whose absence is no problem (an optional phrase). */
    public String sayIfAny(String key, Object... pairs) {
        return wording.argumentsOf(key) == null ? "" : say(key, pairs);
    }

    public void problem(String message) {
        problems.add(new Problem(message, about));
    }

    // ---- the language's ways of writing ------------------------------------------------------------------------

    public String list(List<String> items) {
        if (items.stream().anyMatch(java.util.Objects::isNull)) { // List.of(...).contains(null) would throw
            problem("a list lacks one of its items");
            return null;
        }
        return wording.list(items);
    }

    /** Items that hold commas, joined by the language's separator ("A, X; B, Y; and C"). */
    public String separated(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(say("list.separator", "last", i == items.size() - 1));
            }
            out.append(items.get(i));
        }
        return out.toString();
    }

    /** Clauses of one sentence joined, each incise closed ({@link Wording#clauses}). */
    public String clauses(List<String> items) {
        return items.stream().anyMatch(java.util.Objects::isNull) ? list(items) : wording.clauses(items);
    }

    /** The punctuation ending an item of a list set out line by line: ";" or, after the last, "." as the language sets them. */
    public String itemEnd(boolean last) {
        return say("list.item-end", "last", last);
    }

    public String date(LocalDate date) {
        return date == null ? null : say("date", "date", date, "day", date.getDayOfMonth());
    }

    public String dayAndMonth(LocalDate date) {
        return say("date.day-and-month", "date", date, "day", date.getDayOfMonth());
    }

    /** A span of days, {@code form} {@code range} ("10 to 13 September"), {@code compact} ("10-13") or {@code between}. */
    public String range(LocalDate from, LocalDate to, String form) {
        if (from == null) {
            return null;
        }
        LocalDate end = to == null ? from : to;
        String span = from.equals(end) ? "day" : from.getYear() != end.getYear() ? "other"
                : from.getMonth() != end.getMonth() ? "year" : "month";
        return say("dates.range", "from", from, "to", end, "span", span, "form", form,
                "fromDay", from.getDayOfMonth(), "toDay", end.getDayOfMonth());
    }

    /** Several days, each month and year written once: "10, 11, and 13 September 2024". */
    public String days(List<LocalDate> dates) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            LocalDate next = i + 1 < dates.size() ? dates.get(i + 1) : null;
            if (next == null || next.getYear() != d.getYear()) {
                parts.add(date(d));
            } else if (next.getMonth() == d.getMonth()) {
                parts.add(say("date.day", "date", d, "day", d.getDayOfMonth()));
            } else {
                parts.add(dayAndMonth(d));
            }
        }
        return list(parts);
    }

    /** The time of day of {@code moment} ("10:00"), or {@link #NONE} when it was not logged. */
    public String time(org.rapporteur.events.MeetingMoment moment) {
        if (moment == null || moment.time() == null) {
            return NONE;
        }
        return say("time", "time", Date.from(moment.date().atTime(moment.time()).atZone(ZoneId.systemDefault()).toInstant()),
                "hour", moment.time().getHour(), "minutes", moment.time().getMinute());
    }

    public String ordinal(int number) {
        return say("ordinal", "number", number);
    }

    /** Text with its first letter in capitals, as at the start of a sentence or a name. */
    public String capitalise(String text) {
        if (text == null || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length()).appendCodePoint(UCharacter.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    private static Object value(Object v) {
        if (v instanceof LocalDate d) {
            return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
        } else if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        } else if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        return v;
    }
}
