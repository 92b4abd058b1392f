package org.rapporteur.command.actions;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.Text;

import java.util.Iterator;
import java.util.Map;

/**
 * The contract's value types ({@link Text}) in the schema of actions: a string in their form, as they are written,
 * never an object with a {@code text}; and a time of day as the string it is written as.
 */
final class ValueTypeSchemas implements ModelConverter {

    /** What new input must match (the types' own checks; a State's code is also one of states.tsv). */
    private static final Map<Class<?>, String> PATTERNS = Map.of(
            StateCode.class, "^[A-Za-z]{3}$",
            DocumentSymbol.class, "^\\S(.*\\S)?$",
            AgendaItemNumber.class, "^" + AgendaItemNumber.PATTERN + "$",
            ArticleReference.class, "^[0-9]{1,3}(\\.[0-9a-z]{1,3})*$");

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (raw == java.time.LocalTime.class) {
            // written as the meeting clock reads, "10:00", never an object of hours and minutes
            StringSchema time = new StringSchema();
            time.pattern("^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$").description("a time of day, such as 10:00");
            return time;
        }
        if (raw != null && Text.class.isAssignableFrom(raw) && PATTERNS.containsKey(raw)) {
            StringSchema schema = new StringSchema();
            schema.pattern(PATTERNS.get(raw)).description(form(raw));
            if (raw == DocumentSymbol.class) {
                schema.maxLength(100);
            } else if (raw == AgendaItemNumber.class) {
                schema.maxLength(AgendaItemNumber.MAX_LENGTH);
            }
            return schema;
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static String form(Class<?> type) {
        try {
            return String.valueOf(type.getField("FORM").get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " names no FORM", e);
        }
    }
}
