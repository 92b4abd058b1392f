package org.rapporteur.query.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.rapporteur.events.catalogue.PartNames;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The contract's parts within the views ({@code person} in the officers view) under their public names
 * ({@link PartNames}), as the schemas of actions name them, never under the Java class's simple name the schema
 * reader gives them. Where the actions already publish a part, the views refer to that one.
 */
@Configuration(proxyBeanMethods = false)
class ContractPartSchemas {

    private static final String REF = "#/components/schemas/";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer contractPartsInViews() {
        Map<String, String> bySimpleName = new HashMap<>();
        PartNames.all().forEach((type, name) -> {
            String previous = bySimpleName.put(type.getSimpleName(), name);
            if (previous != null && !previous.equals(name)) {
                // two parts that the schema reader would publish under one name: neither can be told apart
                bySimpleName.put(type.getSimpleName(), null);
            }
        });
        return openApi -> rename(openApi, bySimpleName);
    }

    static void rename(OpenAPI openApi, Map<String, String> bySimpleName) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String read : List.copyOf(schemas.keySet())) {
            String name = bySimpleName.get(read);
            if (name != null) {
                Schema<?> schema = schemas.remove(read);
                schemas.putIfAbsent(name, schema);
                renamed.put(REF + read, REF + name);
            }
        }
        if (renamed.isEmpty()) {
            return;
        }
        Consumer<Schema<?>> retarget = schema -> {
            if (schema.get$ref() != null && renamed.containsKey(schema.get$ref())) {
                schema.set$ref(renamed.get(schema.get$ref()));
            }
        };
        schemas.values().forEach(schema -> walk(schema, retarget));
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> {
                        if (response.getContent() != null) {
                            response.getContent().values().forEach(media -> walk(media.getSchema(), retarget));
                        }
                    });
                }
            }));
        }
    }

    /** The schema and every schema within it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(Schema<?> schema, Consumer<Schema<?>> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> walk(property, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getNot(), visit);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            walk(additional, visit);
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> walk(part, visit));
            }
        }
    }
}
