package org.rapporteur.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates as UN reports write them: "10 September 2024", "10 to 13 September 2024", "10-13 September 2024". */
public final class Dates {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String day(LocalDate date) {
        return FULL.format(date);
    }

    /** "10 to 13 September 2024", "30 September to 2 October 2024", "30 December 2024 to 2 January 2025". */
    public static String range(LocalDate from, LocalDate to) {
        return range(from, to, " to ");
    }

    /** "10-13 September 2024". */
    public static String compactRange(LocalDate from, LocalDate to) {
        return range(from, to, "-");
    }

    /** "between 10 and 13 September 2024" without the "between". */
    public static String betweenRange(LocalDate from, LocalDate to) {
        return range(from, to, " and ");
    }

    public static String range(LocalDate from, LocalDate to, String separator) {
        if (to == null || from.equals(to)) {
            return day(from);
        }
        if (from.getYear() != to.getYear()) {
            return day(from) + separator + day(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return from.getDayOfMonth() + " " + month(from) + separator + day(to);
        }
        return from.getDayOfMonth() + separator + day(to);
    }

    /** Several days: "10, 11, and 13 September 2024". */
    public static String days(List<LocalDate> dates) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            boolean last = i == dates.size() - 1;
            boolean sameMonthAsNext = !last && dates.get(i + 1).getMonth() == d.getMonth()
                    && dates.get(i + 1).getYear() == d.getYear();
            boolean sameYearAsNext = !last && dates.get(i + 1).getYear() == d.getYear();
            if (last) {
                parts.add(day(d));
            } else if (sameMonthAsNext) {
                parts.add(String.valueOf(d.getDayOfMonth()));
            } else if (sameYearAsNext) {
                parts.add(d.getDayOfMonth() + " " + month(d));
            } else {
                parts.add(day(d));
            }
        }
        return Lists.join(parts);
    }

    /** "12 September". */
    public static String dayAndMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date);
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
