package org.rapporteur.query.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.rapporteur.events.catalogue.PartNames;
import org.rapporteur.security.SchemaReferences;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's parts within the views ({@code person} in the officers view) under their public names
 * ({@link PartNames}), as the schemas of actions name them, never under the Java class's simple name the schema
 * reader gives them. Where the actions already publish a part, the views refer to that one.
 */
@Configuration(proxyBeanMethods = false)
class ContractPartSchemas {

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
                renamed.put(read, name);
            }
        }
        if (renamed.isEmpty()) {
            return;
        }
        schemas.values().forEach(schema -> SchemaReferences.rename(schema, renamed));
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> {
                        if (response.getContent() != null) {
                            response.getContent().values().forEach(media -> SchemaReferences.rename(media.getSchema(), renamed));
                        }
                    });
                }
            }));
        }
    }
}
