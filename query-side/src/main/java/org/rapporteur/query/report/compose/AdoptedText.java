package org.rapporteur.query.report.compose;

import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Note;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.decisions.Tense;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.query.report.facts.MeetingFacts;

import java.time.LocalDate;
import java.util.List;

/**
 * Wording the meeting adopted as worded, with its references written out: {@code {states}}, {@code {state:XXX}},
 * {@code {short:XXX}}, {@code {fn:N}}, {@code {title:SYMBOL}}, {@code {session:N}} (the body's Nth session) and
 * {@code {session:KIND:N}} (the Nth of one of its other sessions, by the profile's key: review-conference ...), named
 * as the profile names them ({@code {Session:...}}: in full, as in a document's title), {@code {convention}},
 * {@code {plan}}, {@code {org:KEY}}, {@code {date:YYYY-MM-DD}}. Text stored before sessions were the body's may
 * still say {@code {msp:N}} / {@code {MSP:N}} and {@code {rc:N}} / {@code {RC:N}}: read as {@code {session:N}} and
 * {@code {session:review-conference:N}}. Anything else in braces stays as it is (new text is checked when recorded).
 */
final class AdoptedText {

    private AdoptedText() {
    }

    /** One adopted sentence: opening, lead, subject (the meeting unless worded), adverb, and its clauses. */
    static String sentence(Context c, Sentence s, String opening) {
        List<StateCode> states = s.states() == null ? List.of() : s.states();
        List<Note> notes = s.notes() == null ? List.of() : s.notes();
        StringBuilder out = new StringBuilder();
        String lead = s.lead() == null ? "" : expand(c, s.lead(), states, notes);
        if (!opening.isEmpty()) {
            out.append(opening);
            if (!lead.isEmpty()) {
                out.append(lead.startsWith(",") ? "" : " ").append(lead);
            }
            out.append(", ");
        } else if (!lead.isEmpty()) {
            out.append(lead).append(", ");
        }
        String subject = s.subject() == null ? c.say.say("decision.subject") : expand(c, s.subject(), states, notes);
        out.append(subject);
        if (s.adverb() != null && !s.adverb().isBlank()) {
            out.append(subject.isEmpty() ? "" : " ").append(s.adverb());
        }
        List<Clause> clauses = s.clauses();
        for (int k = 0; k < clauses.size(); k++) {
            Clause clause = clauses.get(k);
            String connector = clause.connector() != null ? clause.connector()
                    : k == 0 ? (out.length() == 0 ? "" : " ") : (k == clauses.size() - 1 ? " and " : ", ");
            out.append(connector);
            String verb = clause.verb() == null ? "" : c.say.say("verb", "verb", clause.verb(),
                    "tense", clause.tense() == Tense.PRESENT ? "present" : "past");
            String body = clause.text() == null ? "" : expand(c, clause.text(), states, notes);
            out.append(verb);
            if (!verb.isEmpty() && !body.isEmpty() && !body.startsWith(",")) {
                out.append(' ');
            }
            out.append(body);
        }
        return c.say.capitalise(Prose.tidy(out.toString())) + ".";
    }

    static String expand(Context c, String text, List<StateCode> states, List<Note> notes) {
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf('}', open);
            String value = close < 0 ? null : placeholder(c, text.substring(open + 1, close), states, notes);
            if (value == null) {
                open = text.indexOf('{', open + 1);
                continue;
            }
            out.append(text, from, open).append(value);
            from = close + 1;
            open = text.indexOf('{', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The text of a reference, or null when {@code body} is none (the braces stay as written). */
    private static String placeholder(Context c, String body, List<StateCode> states, List<Note> notes) {
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String arg = colon < 0 ? null : body.substring(colon + 1).trim();
        switch (name) {
            case "states":
                return arg == null ? c.names.states(states) : null;
            case "convention":
                return arg == null ? c.names.body() : null;
            case "plan":
                return arg == null ? c.names.plan() : null;
            case "state":
                return isCode(arg) ? c.names.state(arg.toUpperCase()) : null;
            case "short":
                return isCode(arg) ? c.names.stateShort(arg.toUpperCase()) : null;
            case "fn":
                if (!isNumber(arg)) {
                    return null;
                }
                int index = Integer.parseInt(arg) - 1;
                return index >= 0 && index < notes.size() ? Notes.of(c, notes.get(index)) : "";
            case "title":
                return arg == null || arg.isEmpty() ? null : c.facts.titleOf(arg);
            case "session", "Session":
                return session(c, arg, name.equals("Session"));
            case "msp", "MSP", "rc", "RC":
                if (!isNumber(arg)) {
                    return null;
                }
                String kind = name.equalsIgnoreCase("rc") ? "review-conference" : SessionRef.REGULAR;
                return c.names.reference(new SessionRef(kind, Integer.parseInt(arg)), Character.isUpperCase(name.charAt(0)));
            case "org":
                return arg == null || arg.isEmpty() ? null : organisation(c.facts, arg);
            case "date":
                return arg != null && arg.matches("\\d{4}-\\d{2}-\\d{2}") ? c.say.date(LocalDate.parse(arg)) : null;
            default:
                return null;
        }
    }

    /** {@code N} or {@code KIND:N}: a session of the body, of a kind its profile names; null otherwise. */
    private static String session(Context c, String arg, boolean full) {
        if (arg == null) {
            return null;
        }
        int colon = arg.lastIndexOf(':');
        String kind = colon < 0 ? SessionRef.REGULAR : arg.substring(0, colon).trim();
        String ordinal = colon < 0 ? arg : arg.substring(colon + 1).trim();
        boolean known = SessionRef.REGULAR.equals(kind) || c.profile.body().otherSessions().containsKey(kind);
        return known && isNumber(ordinal) ? c.names.reference(new SessionRef(kind, Integer.parseInt(ordinal)), full) : null;
    }

    private static String organisation(MeetingFacts facts, String key) {
        for (MeetingFacts.Participants p : facts.participants().values()) {
            for (Organisation o : p.organisations()) {
                if (o.key().equals(key)) {
                    return o.name();
                }
            }
        }
        return key;
    }

    private static boolean isCode(String s) {
        return s != null && s.length() == 3 && s.chars().allMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
    }

    private static boolean isNumber(String s) {
        return s != null && !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }
}
