package org.rapporteur.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks in braces adopted wording carries, which the report writes out: {@code {states}}, {@code {convention}},
 * {@code {plan}}, {@code {state:XXX}}, {@code {short:XXX}}, {@code {fn:N}}, {@code {title:SYMBOL}}, {@code {org:KEY}},
 * {@code {date:YYYY-MM-DD}}, and a session of the body as {@code {session:N}} or {@code {session:KIND:N}} (KIND one of
 * its other sessions; {@code {Session:...}} names it in full). The CCM's first marks for its sessions,
 * {@code {msp:N}} and {@code {rc:N}} ({@code {MSP:N}}, {@code {RC:N}} in full), are still read in stored text and
 * no longer written. One definition for the rule checking new wording, the report writing it out and the scenario
 * files' references.
 */
public final class Marks {

    /** Marks that name nothing after their name. */
    public static final Set<String> BARE = Set.of("states", "convention", "plan");
    /** Marks that name something after a colon. */
    public static final Set<String> WITH_ARGUMENT = Set.of("state", "short", "fn", "title", "org", "date");
    /** Marks naming a State by its code. */
    public static final Set<String> STATE = Set.of("state", "short");
    public static final String SESSION = "session";
    public static final String SESSION_IN_FULL = "Session";
    /** The kind of session {@code {rc:N}} named. */
    public static final String REVIEW_CONFERENCE = "review-conference";
    private static final Map<String, String> RETIRED = Map.of("msp", "", "MSP", "", "rc", REVIEW_CONFERENCE,
            "RC", REVIEW_CONFERENCE);
    /** The marks there are, as the rule names them when it refuses one. */
    public static final String ALL = "{states}, {convention}, {plan}, {state:XXX}, {short:XXX}, {fn:N}, {title:SYMBOL},"
            + " {org:KEY}, {date:YYYY-MM-DD}, {session:N} or {session:KIND:N}";

    private static final Pattern MARK = Pattern.compile("\\{([A-Za-z]+)(?::([^{}]*))?}");

    private Marks() {
    }

    /** One mark as written: its name, what follows the colon (null when there is no colon), where it stands. */
    public record Mark(String name, String argument, int start, int end, String written) {

        public boolean isSession() {
            return name.equals(SESSION) || name.equals(SESSION_IN_FULL);
        }

        /** {@code {Session:...}}, {@code {MSP:N}}, {@code {RC:N}}: the session named in full. */
        public boolean inFull() {
            return Character.isUpperCase(name.charAt(0));
        }

        public boolean isRetired() {
            return RETIRED.containsKey(name);
        }

        /** What follows the colon, without the spaces around it; null when nothing does. */
        public String trimmedArgument() {
            return argument == null ? null : argument.trim();
        }

        /**
         * A session mark as written now: a retired mark becomes {@code {session:N}} or
         * {@code {session:review-conference:N}} (capitalised as it was); any other mark stays as it is.
         */
        public Mark current() {
            if (!isRetired()) {
                return this;
            }
            String kind = RETIRED.get(name);
            String number = argument == null ? "N" : argument;
            String session = inFull() ? SESSION_IN_FULL : SESSION;
            String now = kind.isEmpty() ? number : kind + ":" + number;
            return new Mark(session, now, start, end, "{" + session + ":" + now + "}");
        }
    }

    /** The marks in {@code text}, in order; none when it has no brace. */
    public static List<Mark> in(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>();
        Matcher mark = MARK.matcher(text);
        while (mark.find()) {
            marks.add(new Mark(mark.group(1), mark.group(2), mark.start(), mark.end(), mark.group()));
        }
        return marks;
    }
}
