package org.rapporteur.facts;

import org.rapporteur.events.StateCode;
import org.rapporteur.events.Text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of facts once read: no empty entries in lists, texts within {@link FactLimits#MAX_TEXT}, dates within
 * {@link FactLimits#EARLIEST_DATE} and {@link FactLimits#LATEST_DATE}, and every State named by a known code, in
 * a State field (persons' included) or in a {state:XXX} placeholder of a text; a value of the contract's types
 * ({@link Text}: a State's code, a document symbol...) in its form.
 */
final class SaneValues {

    /** Fields that hold a State's ISO 3166 alpha-3 code, or a list of them, wherever they occur. */
    static final Set<String> STATE_FIELDS = Set.of("state", "states", "requestingState", "presentedBy",
            "coordinators", "speakingState");
    private static final Pattern STATE_PLACEHOLDER = Pattern.compile("\\{(?:state|short):([^}]*)}");

    private SaneValues() {
    }

    static void check(Object value, String name, String path, List<InvalidFactsException.FieldError> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            text(text, name, path, problems);
        } else if (value instanceof Text typed) {
            if (typed.text().length() > FactLimits.MAX_TEXT) {
                problems.add(problem(path, typed.text().length() + " characters: a text is at most " + FactLimits.MAX_TEXT));
            } else if (!typed.wellFormed()) {
                problems.add(problem(path, typed.problem()));
            }
        } else if (value instanceof LocalDate date) {
            if (date.isBefore(FactLimits.EARLIEST_DATE) || date.isAfter(FactLimits.LATEST_DATE)) {
                problems.add(problem(path, date + " is outside the dates a meeting can have ("
                        + FactLimits.EARLIEST_DATE.getYear() + " to " + FactLimits.LATEST_DATE.getYear() + ")"));
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                String at = path + "[" + i++ + "]";
                if (element == null) {
                    problems.add(problem(at, "an empty entry (null) in a list; leave it out"));
                } else {
                    check(element, name, at, problems);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> check(v, name, KnownFields.at(path, String.valueOf(key)), problems));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component, value), component.getName(), KnownFields.at(path, component.getName()), problems);
            }
        }
    }

    private static void text(String text, String name, String path, List<InvalidFactsException.FieldError> problems) {
        if (text.length() > FactLimits.MAX_TEXT) {
            problems.add(problem(path, text.length() + " characters: a text is at most " + FactLimits.MAX_TEXT));
            return;
        }
        if (STATE_FIELDS.contains(name) && !StateCode.isKnown(text)) {
            problems.add(problem(path, unknownState(text)));
        }
        Matcher placeholders = STATE_PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            if (!StateCode.isKnown(placeholders.group(1))) {
                problems.add(problem(path, "the placeholder " + placeholders.group() + ": " + unknownState(placeholders.group(1))));
            }
        }
    }

    private static String unknownState(String code) {
        return "'" + code + "' is not " + StateCode.FORM;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the fact " + component.getName(), e);
        }
    }

    private static InvalidFactsException.FieldError problem(String field, String message) {
        return new InvalidFactsException.FieldError(field, message);
    }
}
