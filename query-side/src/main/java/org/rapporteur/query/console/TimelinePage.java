package org.rapporteur.query.console;

import org.rapporteur.query.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One page of a meeting's timeline, newest first, as searched ({@code q}, any words of the line) and filtered by
 * kind of action, plenary session, agenda item and State; with the choices each filter offers.
 */
public record TimelinePage(List<TimelineLine> lines, int page, int pages, int total, int all, Query query,
                           List<FormField.Option> kinds, List<String> sessions, List<String> items,
                           List<FormField.Option> states) {

    static final int SIZE = 25;

    /** What the historian or secretary asked for; blank parts ask for everything. */
    public record Query(String q, String kind, String session, String item, String state, int page) {
        static final Query ALL = new Query(null, null, null, null, null, 1);

        boolean admits(TimelineLine line) {
            TimelineEntry entry = line.entry();
            return (blank(kind) || kind.equals(line.kind()))
                    && (blank(session) || session.equals(String.valueOf(entry.plenarySession())))
                    && (blank(item) || item.equals(entry.agendaItem()))
                    && (blank(state) || entry.states() != null && entry.states().contains(state))
                    && (blank(q) || words(line).contains(q.trim().toLowerCase(Locale.ROOT)));
        }

        private static String words(TimelineLine line) {
            return (line.description() + " " + line.when() + " " + (line.note() == null ? "" : line.note()) + " #"
                    + line.sequence()).toLowerCase(Locale.ROOT);
        }

        public boolean filtered() {
            return !blank(q) || !blank(kind) || !blank(session) || !blank(item) || !blank(state);
        }
    }

    static TimelinePage of(List<TimelineLine> timeline, Query query, ActionForms forms) {
        List<TimelineLine> admitted = new ArrayList<>();
        TreeMap<String, String> kinds = new TreeMap<>();
        TreeSet<Integer> sessions = new TreeSet<>();
        TreeSet<String> items = new TreeSet<>(TimelinePage::byNumber);
        TreeSet<String> states = new TreeSet<>();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineLine line = timeline.get(i);
            kinds.put(forms.title(line.kind()), line.kind());
            if (line.entry().plenarySession() != null) {
                sessions.add(line.entry().plenarySession());
            }
            if (line.entry().agendaItem() != null) {
                items.add(line.entry().agendaItem());
            }
            if (line.entry().states() != null) {
                states.addAll(line.entry().states());
            }
            if (query.admits(line)) {
                admitted.add(line);
            }
        }
        int pages = Math.max(1, (admitted.size() + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, query.page()), pages);
        List<TimelineLine> shown = admitted.subList((page - 1) * SIZE, Math.min(admitted.size(), page * SIZE));
        List<FormField.Option> kindOptions = new ArrayList<>();
        kinds.forEach((title, kind) -> kindOptions.add(new FormField.Option(kind, title)));
        List<FormField.Option> stateOptions = new ArrayList<>();
        states.forEach(code -> stateOptions.add(new FormField.Option(code, StateNames.name(code))));
        stateOptions.sort(java.util.Comparator.comparing(FormField.Option::label));
        return new TimelinePage(List.copyOf(shown), page, pages, admitted.size(), timeline.size(), query, kindOptions,
                sessions.stream().map(String::valueOf).toList(), List.copyOf(items), stateOptions);
    }

    /** Agenda items in the agenda's order: "2" before "10", "10" before "10(a)". */
    private static int byNumber(String a, String b) {
        int na = leading(a);
        int nb = leading(b);
        return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
    }

    private static int leading(String number) {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return end == 0 ? Integer.MAX_VALUE : Integer.parseInt(number.substring(0, end));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
