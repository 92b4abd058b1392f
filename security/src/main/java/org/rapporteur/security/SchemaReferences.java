package org.rapporteur.security;

import io.swagger.v3.oas.models.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The apps' OpenAPI schemas renamed: every reference within a schema pointed at a component's new name. */
public final class SchemaReferences {

    public static final String REF = "#/components/schemas/";

    private SchemaReferences() {
    }

    /** Points each reference in {@code schema}, and in the schemas within it, to the new name {@code renamed} gives. */
    @SuppressWarnings("rawtypes")
    public static void rename(Schema<?> schema, Map<String, String> renamed) {
        if (schema == null || renamed.isEmpty()) {
            return;
        }
        if (schema.get$ref() != null) {
            String part = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (renamed.containsKey(part)) {
                schema.set$ref(REF + renamed.get(part));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> rename(property, renamed));
        }
        rename(schema.getItems(), renamed);
        rename(schema.getNot(), renamed);
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(part -> rename(part, renamed));
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            rename(values, renamed);
        }
    }
}
