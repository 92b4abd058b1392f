package org.rapporteur.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The facts a record declares, read one way for every use: the strict reading ({@link KnownFields},
 * {@link SaneValues}), the HTTP layer's required facts, the rule book and its rules, the console's forms. A record
 * is walked through its components, the elements of its lists and the values of its maps, into nested records; a
 * value type (a record or class written as one plain value, with {@link JsonValue}) is a single fact, not a record
 * to walk into.
 */
public final class FactFields {

    /** One fact of a record: its name, its declared type, and whether it is required (not null, not blank, not empty). */
    public record Fact(String name, RecordComponent component, Type type, boolean required) {

        public Class<?> raw() {
            return FactTypes.raw(type);
        }

        /** The declared type of a list's elements or a map's values ({@code Object} when not declared). */
        public Type contained() {
            return FactTypes.contained(type);
        }

        /** This fact's value in {@code record}. */
        public Object of(Object record) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read the fact " + name, e);
            }
        }
    }

    private static final List<Class<? extends Annotation>> REQUIRED = List.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private static final ClassValue<List<Fact>> FACTS = new ClassValue<>() {
        @Override
        protected List<Fact> computeValue(Class<?> type) {
            return !type.isRecord() ? List.of() : Arrays.stream(type.getRecordComponents())
                    .map(c -> new Fact(c.getName(), c, c.getGenericType(), required(c))).toList();
        }
    };

    private static final ClassValue<Optional<Method>> PLAIN = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0)
                    .findFirst();
        }
    };

    private FactFields() {
    }

    /** The facts of a record, in their declared order; none for a type that is not a record. */
    public static List<Fact> of(Class<?> record) {
        return FACTS.get(record);
    }

    public static Optional<Fact> named(Class<?> record, String name) {
        return of(record).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Whether a component must be given: bean validation's {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}.
     * Those annotations do not target record components, so Java puts them on the accessor, the field and the
     * constructor's parameter, never on the component itself: they are looked up on the accessor and the field.
     */
    public static boolean required(RecordComponent component) {
        return annotated(component.getAccessor()) || annotated(field(component)) || annotated(component);
    }

    private static boolean annotated(AnnotatedElement element) {
        return element != null && REQUIRED.stream().anyMatch(element::isAnnotationPresent);
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** Whether values of this type are written as one plain value ({@link JsonValue}), such as a State's code. */
    public static boolean isValue(Class<?> type) {
        return PLAIN.get(type).isPresent();
    }

    /** The plain value a value type is written as; any other value as it is. */
    public static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        Optional<Method> plain = PLAIN.get(value.getClass());
        if (plain.isEmpty()) {
            return value;
        }
        try {
            Method method = plain.get();
            method.setAccessible(true);
            return method.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the value of " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Whether {@code type}, or any type a fact within it is declared as (at any depth: record components, list
     * elements, map values), passes {@code test}. Value types are tested, not walked into.
     */
    public static boolean anyWithin(Type type, Predicate<Class<?>> test) {
        return anyWithin(type, test, new HashSet<>());
    }

    private static boolean anyWithin(Type type, Predicate<Class<?>> test, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType generic) {
            return test.test(FactTypes.raw(generic))
                    || Stream.of(generic.getActualTypeArguments()).anyMatch(t -> anyWithin(t, test, seen));
        }
        Class<?> raw = FactTypes.raw(type);
        return test.test(raw) || !isValue(raw) && of(raw).stream().anyMatch(f -> anyWithin(f.type(), test, seen));
    }

    /** What {@link #walk} finds: a fact's value where it is ({@code path} such as {@code officers[0].state}). */
    @FunctionalInterface
    public interface Visitor {
        /**
         * {@code name}: the record component the value is (or is an element of); {@code value}: a plain value (a
         * value type's as written), or null for an empty entry of a list or a map. Absent facts are not visited.
         */
        void visit(String path, String name, Object value);
    }

    /** Visits every plain value within facts already read, in their declared order (the contract's value types as they are). */
    public static void walk(Object facts, Visitor visitor) {
        walk(facts, "", "", visitor);
    }

    private static void walk(Object value, String name, String path, Visitor visitor) {
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                String at = path + "[" + i++ + "]";
                if (element == null) {
                    visitor.visit(at, name, null);
                } else {
                    walk(element, name, at, visitor);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                if (v != null) {
                    walk(v, name, at(path, String.valueOf(key)), visitor);
                }
            });
        } else if (value.getClass().isRecord() && !isValue(value.getClass())) {
            for (Fact fact : of(value.getClass())) {
                Object component = fact.of(value);
                if (component != null) {
                    walk(component, fact.name(), at(path, fact.name()), visitor);
                }
            }
        } else {
            // a value type of the contract stays typed, so that its own form can be checked
            visitor.visit(path, name, value instanceof org.rapporteur.events.Text ? value : plain(value));
        }
    }

    /** {@code path.field}, or {@code field} at the top. */
    public static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
