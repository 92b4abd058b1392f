package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.rapporteur.query.timeline.TimelineEntry.Status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline entry as the console shows it: both clocks, who logged it, the timeline's description (the one the
 * CLI and the API give), what later changed it and which entry that was ({@code changedBy}, a sequence number).
 */
public record TimelineLine(String eventId, long sequence, String kind, String when, String loggedAt, String loggedBy,
                           String description, String note, Long changedBy, Long changes, boolean correctable,
                           boolean superseded, TimelineEntry entry) {

    private static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(states|state|short|fn|org|convention|plan|session|Session|msp|MSP|rc|RC)(?::([^}]*))?}");
    private static final int EXCERPT = 90;
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3}\\b");

    static List<TimelineLine> of(MeetingHistory history) {
        Map<String, Long> sequences = new HashMap<>();
        history.events().forEach(recorded -> sequences.put(recorded.eventId(), recorded.sequence()));
        List<TimelineEntry> entries = Timeline.of(history);
        List<TimelineLine> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            RecordedEvent recorded = history.events().get(i);
            MeetingEvent event = recorded.event();
            Status status = entry.status();
            Long target = entry.corrects() == null ? null : sequences.get(entry.corrects());
            Long later = entry.correctedBy() == null || entry.correctedBy().isEmpty() ? null
                    : sequences.get(entry.correctedBy().get(entry.correctedBy().size() - 1));
            String note = switch (status) {
                case CORRECTION -> "corrects #" + target + " because " + entry.reason();
                case WITHDRAWAL -> "withdraws #" + target + " because " + entry.reason();
                case CORRECTED -> "corrected by #" + later;
                case WITHDRAWN -> "withdrawn by #" + later;
                case RECORDED -> null;
            };
            lines.add(new TimelineLine(entry.eventId(), entry.sequence(), entry.kind(), Describe.moment(event.moment()),
                    logged(recorded.loggedAt()), recorded.loggedBy() == null ? "" : recorded.loggedBy(),
                    named(describe(entry.description(), event), entry.states()), note, later, target,
                    (status == Status.RECORDED || status == Status.CORRECTED) && !(event instanceof MeetingConvened),
                    status == Status.CORRECTED || status == Status.WITHDRAWN, entry));
        }
        return lines;
    }

    /** The timeline's description; a decision's first words added, its placeholders read as the report would. */
    static String describe(String description, MeetingEvent event) {
        if (event instanceof DecisionAdopted decision && !decision.sentences().isEmpty()
                && !decision.sentences().get(0).clauses().isEmpty()) {
            Sentence sentence = decision.sentences().get(0);
            Clause clause = sentence.clauses().get(0);
            String words = (clause.verb() == null ? "" : FormSchema.words(clause.verb().name()).toLowerCase(Locale.ROOT) + " ")
                    + readable(clause.text() == null ? "" : clause.text(), sentence.states());
            if (words.length() > EXCERPT) {
                words = words.substring(0, EXCERPT).replaceAll("\\s+\\S*$", "") + " …";
            }
            return description + ": " + words.strip();
        }
        return readable(description, List.of());
    }

    /** Text with its placeholders as a reader sees them: States named, footnote marks left out. */
    static String readable(String text, List<StateCode> states) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String argument = matcher.group(2);
            String replacement = switch (matcher.group(1)) {
                case "states" -> states == null ? "" : String.join(", ", states.stream().map(s -> StateNames.name(s.text())).toList());
                case "state", "short" -> StateNames.name(argument);
                case "org" -> argument == null ? "" : argument;
                case "convention" -> "the Convention";
                case "plan" -> "the Action Plan";
                case "session", "Session" -> argument == null ? "" : argument.contains(":")
                        ? argument.replace(':', ' ').replace('-', ' ') : "session " + argument;
                case "msp", "MSP" -> "session " + argument;
                case "rc", "RC" -> "review conference " + argument;
                default -> "";
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll("\\s+([,.;])", "$1").replaceAll("\\s{2,}", " ");
    }

    /** The description with the States it gives by code (ISO alpha-3) named in words, as the secretariat reads them. */
    static String named(String description, List<String> states) {
        Matcher matcher = CODE.matcher(description);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String code = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(states.contains(code) || org.rapporteur.text.States.known(code)
                    ? StateNames.name(code) : code));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A logging instant as the console shows it (UTC). */
    static String logged(Instant instant) {
        return LOGGED.format(instant);
    }

    public boolean change() {
        return changes != null;
    }
}
