package org.rapporteur.facts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The shapes of facts in the secretariat's words, never a Java class name. */
final class FactTypes {

    private FactTypes() {
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    /** The element type of a collection, the value type of a map. */
    static Type contained(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            return arguments[arguments.length - 1];
        }
        return Object.class;
    }

    static String fields(Class<?> record) {
        return FactFields.of(record).stream().map(FactFields.Fact::name).collect(Collectors.joining(", "));
    }

    /** The form a value type declares ({@code FORM}), such as "a State's ISO 3166 alpha-3 code, such as AUT". */
    static String form(Class<?> type) {
        try {
            return String.valueOf(type.getField("FORM").get(null));
        } catch (ReflectiveOperationException e) {
            return "text";
        }
    }

    /** What a value of this type is written as, such as "a whole number" or "a date such as 2024-09-10". */
    static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (org.rapporteur.events.Text.class.isAssignableFrom(type)) {
            return "text: " + form(type);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2024-09-10";
        }
        if (type == LocalTime.class) {
            return "a time such as 10:00";
        }
        if (type.isEnum()) {
            // as the scenario files and the docs write them
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isRecord()) {
            return type.getRecordComponents().length == 0 ? "an object" : "an object with " + fields(type);
        }
        if (Map.class.isAssignableFrom(type) || type.getName().startsWith("com.fasterxml")) {
            return "an object";
        }
        if (org.rapporteur.events.MeetingEvent.class.isAssignableFrom(type)) {
            return "the facts of an action, with their kind";
        }
        return "a value";
    }
}
