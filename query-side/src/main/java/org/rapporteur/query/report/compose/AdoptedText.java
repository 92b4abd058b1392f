package org.rapporteur.query.report.compose;

import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Note;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.decisions.Tense;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.query.report.facts.MeetingFacts;
import org.rapporteur.text.Marks;

import java.time.LocalDate;
import java.util.List;

/**
 * Wording the meeting adopted as worded, with its marks written out ({@link Marks}): a session as the profile names
 * it ({@code {session:N}}, {@code {session:KIND:N}}; {@code {Session:...}} in full, as in a document's title), and
 * the CCM's first marks of stored text ({@code {msp:N}}, {@code {rc:N}}) as the sessions they stand for. Anything
 * else in braces stays as it is (new text is checked when recorded).
 */
final class AdoptedText {

    private AdoptedText() {
    }

    /** One adopted sentence: opening, lead, subject (the meeting unless worded), adverb, and its clauses. */
    static String sentence(Context c, Sentence s, String opening) {
        List<StateCode> states = s.states() == null ? List.of() : s.states();
        List<Note> notes = s.notes() == null ? List.of() : s.notes();
        StringBuilder out = new StringBuilder(160);
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
        List<Marks.Mark> marks = Marks.in(text);
        if (marks.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        for (Marks.Mark mark : marks) {
            String value = placeholder(c, mark, states, notes);
            if (value != null) {
                out.append(text, from, mark.start()).append(value);
                from = mark.end();
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The text of a mark, or null when it is none the report writes out (the braces stay as written). */
    private static String placeholder(Context c, Marks.Mark mark, List<StateCode> states, List<Note> notes) {
        String arg = mark.trimmedArgument();
        if (mark.isRetired()) {
            if (!isNumber(arg)) {
                return null;
            }
            String now = mark.current().argument();
            int colon = now.lastIndexOf(':');
            String kind = colon < 0 ? SessionRef.REGULAR : now.substring(0, colon);
            return c.names.reference(new SessionRef(kind, Integer.parseInt(arg)), mark.inFull());
        }
        if (mark.isSession()) {
            return session(c, arg, mark.inFull());
        }
        switch (mark.name()) {
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
                return arg == null || arg.isEmpty() ? null : c.titleOf(arg);
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
