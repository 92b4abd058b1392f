package org.rapporteur.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.List;
import java.util.Map;

/**
 * The API's title and version, its HTTP Basic sign-in, and the problems (RFC 9457) every operation may answer:
 * 401, 403 and 429 from sign-in and roles; 400, 404, 409 and 422 from the request and the meeting's rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
class ProblemsOpenApi {

    static final String PROBLEM = "problem-details";
    private static final String BASIC = "basic";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer problemsOpenApi(@Value("${rapporteur.api.title:Rapporteur}") String title,
                                      @Value("${rapporteur.api.version:0.1.0}") String version) {
        return openApi -> {
            openApi.info(new Info().title(title).version(version).description("Records the proceedings of a meeting "
                    + "as it happens, action by action, and reads them back: views as of any moment, the timeline, "
                    + "the draft final report. Every refusal is a problem (application/problem+json)."));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("A configured user: SECRETARIAT records, READER reads"));
            openApi.getComponents().addSchemas(PROBLEM, problem());
            openApi.security(List.of(new SecurityRequirement().addList(BASIC)));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> document(path, item));
            }
        };
    }

    private static void document(String path, PathItem item) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
            Operation operation = entry.getValue();
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            ApiResponses responses = operation.getResponses();
            add(responses, "401", "Not signed in, or a wrong user name or password; WWW-Authenticate asks for Basic");
            add(responses, "403", "Signed in, but the user's roles do not allow this (recording needs SECRETARIAT), "
                    + "or a session-signed request without its CSRF token");
            add(responses, "429", "Too many failed sign-ins for this user or from this address; Retry-After says when");
            add(responses, "400", "Malformed request: facts, parameters or headers, named by field");
            if (path.contains("{")) {
                add(responses, "404", "No such meeting, or nothing at this address");
            }
            if (entry.getKey() != PathItem.HttpMethod.GET && entry.getKey() != PathItem.HttpMethod.HEAD) {
                add(responses, "409", "Refused by the meeting's rules (the rule is named), or the meeting has moved on "
                        + "since If-Match");
                add(responses, "422", "The Idempotency-Key was first used for a different action (its id is given)");
            }
        }
    }

    /** Replaces an undocumented or untyped answer; keeps one already described as a problem. */
    private static void add(ApiResponses responses, String status, String description) {
        ApiResponse existing = responses.get(status);
        String text = existing != null && existing.getDescription() != null && !existing.getDescription().isBlank()
                ? existing.getDescription() : description;
        responses.addApiResponse(status, new ApiResponse().description(text).content(new Content().addMediaType(
                ProblemAnswers.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problem() {
        ObjectSchema problem = new ObjectSchema();
        problem.setDescription("RFC 9457 problem details; some problems add members of their own (such as errors "
                + "by field, or the rule that refused)");
        problem.addProperty("type", new StringSchema().format("uri-reference").description("about:blank or the problem's type"));
        problem.addProperty("title", new StringSchema().description("Short, the same for every problem of its type"));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status"));
        problem.addProperty("detail", new StringSchema().description("What went wrong and what to do, for a person"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.setRequired(List.of("title", "status"));
        return problem;
    }
}
