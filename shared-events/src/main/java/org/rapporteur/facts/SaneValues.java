package org.rapporteur.facts;

import org.rapporteur.events.StateCode;
import org.rapporteur.events.Text;
import org.rapporteur.text.Marks;

import java.time.LocalDate;
import java.util.List;

/**
 * The values of facts once read: no empty entries in lists, texts within {@link FactLimits#MAX_TEXT}, dates within
 * {@link FactLimits#EARLIEST_DATE} and {@link FactLimits#LATEST_DATE}, and every State named by a known code, in
 * a State field (persons' included) or in a {state:XXX} placeholder of a text; a value of the contract's types
 * ({@link Text}: a State's code, a document symbol...) in its form.
 */
final class SaneValues {

    private SaneValues() {
    }

    static void check(Object value, List<InvalidFactsException.FieldError> problems) {
        if (value == null) {
            return;
        }
        FactFields.walk(value, (path, name, fact) -> {
            if (fact == null) {
                problems.add(problem(path, "an empty entry (null) in a list; leave it out"));
            } else if (fact instanceof String text) {
                text(text, path, problems);
            } else if (fact instanceof Text typed) {
                if (typed.text().length() > FactLimits.MAX_TEXT) {
                    problems.add(problem(path, typed.text().length() + " characters: a text is at most " + FactLimits.MAX_TEXT));
                } else if (!typed.wellFormed()) {
                    problems.add(problem(path, typed.problem()));
                }
            } else if (fact instanceof LocalDate date
                    && (date.isBefore(FactLimits.EARLIEST_DATE) || date.isAfter(FactLimits.LATEST_DATE))) {
                problems.add(problem(path, date + " is outside the dates a meeting can have ("
                        + FactLimits.EARLIEST_DATE.getYear() + " to " + FactLimits.LATEST_DATE.getYear() + ")"));
            }
        });
    }

    private static void text(String text, String path, List<InvalidFactsException.FieldError> problems) {
        if (text.length() > FactLimits.MAX_TEXT) {
            problems.add(problem(path, text.length() + " characters: a text is at most " + FactLimits.MAX_TEXT));
            return;
        }
        for (Marks.Mark mark : Marks.in(text)) {
            if (Marks.STATE.contains(mark.name()) && mark.argument() != null && !StateCode.isKnown(mark.argument())) {
                problems.add(problem(path, "the placeholder " + mark.written() + ": " + unknownState(mark.argument())));
            }
        }
    }

    private static String unknownState(String code) {
        return "'" + code + "' is not " + StateCode.FORM;
    }

    private static InvalidFactsException.FieldError problem(String field, String message) {
        return new InvalidFactsException.FieldError(field, message);
    }
}
