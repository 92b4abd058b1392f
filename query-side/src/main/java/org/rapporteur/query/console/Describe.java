package org.rapporteur.query.console;

import org.rapporteur.events.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;

import java.lang.reflect.RecordComponent;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** One line per action for the console: its kind and its facts, States by name. */
final class Describe {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Describe() {
    }

    static String kind(MeetingEvent event) {
        return ActionForms.humanize(Actions.name(event.getClass()));
    }

    static String line(MeetingEvent event) {
        String facts = facts(event, "");
        return facts.isEmpty() ? kind(event) : kind(event) + ": " + facts;
    }

    static String moment(MeetingMoment moment) {
        if (moment == null) {
            return "";
        }
        String when = DAY.format(moment.date()) + (moment.time() == null ? "" : " " + moment.time());
        return moment.plenarySession() == null ? when : "plenary " + moment.plenarySession() + ", " + when;
    }

    private static String facts(Object record, String key) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == MeetingMoment.class) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String text = text(value, component.getName());
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("; ", parts);
    }

    private static String text(Object value, String name) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return "";
        }
        if (Boolean.TRUE.equals(value)) {
            return ActionForms.humanize(name).toLowerCase(Locale.ROOT);
        }
        if (value instanceof MeetingEvent event) {
            return line(event);
        }
        if (value instanceof Person person) {
            return (person.honorific() == null ? "" : person.honorific() + " ") + person.name();
        }
        if (value instanceof Enum<?> constant) {
            return ActionForms.humanize(constant.name()).toLowerCase(Locale.ROOT);
        }
        if (value instanceof Collection<?> values) {
            List<String> texts = new ArrayList<>();
            for (Object element : values) {
                String text = element instanceof String code && (ActionForms.isStates(name) || ActionForms.isState(name))
                        ? StateNames.name(code)
                        : element != null && element.getClass().isRecord() ? facts(element, "").replace("; ", " ")
                        : text(element, "");
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            return String.join(", ", texts);
        }
        if (value.getClass().isRecord()) {
            return facts(value, name);
        }
        if (value instanceof String code && ActionForms.isState(name)) {
            return StateNames.name(code);
        }
        return String.valueOf(value);
    }
}
