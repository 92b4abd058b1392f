package org.rapporteur.events.corrections;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * How a correction names the kind of its corrected facts, stored or sent: by the kind's public name
 * ({@code "@kind": "extension-request-granted"}), never by its Java class, so that moving a class leaves stored
 * corrections readable.
 */
public final class CorrectedKind extends TypeIdResolverBase {

    /** The field of the corrected facts that names their kind (no fact is called so: facts are Java names). */
    public static final String FIELD = "@kind";

    @Override
    public String idFromValue(Object value) {
        return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        return KindNames.catalogue().name(suggestedType);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        return KindNames.catalogue().type(id).map(context::constructType).orElse(null);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return "the name of a kind of action";
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
