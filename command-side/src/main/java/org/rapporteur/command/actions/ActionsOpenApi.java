package org.rapporteur.command.actions;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.rapporteur.command.http.Logging;
import org.rapporteur.command.scenario.ExampleMeetings;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents one endpoint per family of actions, each kind its own schema from the catalogue ({@link ActionSchemas})
 * with its example from the example meetings ({@link ActionExamples}), added beside whatever else the same path does (in the standalone app,
 * the views read with GET), and the convening's body. Problems are documented by {@link ApiOpenApi}.
 */
@Configuration(proxyBeanMethods = false)
class ActionsOpenApi {

    private static final String EXAMPLE_MEETING = "ccm-12msp";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer actionFamiliesOpenApi() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            ActionSchemas schemas = new ActionSchemas(openApi.getComponents());
            ActionExamples examples = new ActionExamples(openApi.getComponents(), ExampleMeetings.shipped());
            openApi.getComponents().addSchemas(ActionSchemas.RECORDED, recorded());
            for (ActionFamily family : ActionFamilies.all()) {
                PathItem path = pathItem(openApi, "/api/meetings/{meetingId}/" + family.path());
                path.post(operation(family, schemas, examples));
            }
            convening(openApi, examples);
        };
    }

    private static PathItem pathItem(OpenAPI openApi, String path) {
        if (openApi.getPaths() == null || openApi.getPaths().get(path) == null) {
            openApi.path(path, new PathItem());
        }
        return openApi.getPaths().get(path);
    }

    private static Operation operation(ActionFamily family, ActionSchemas schemas, ActionExamples examples) {
        Map<String, Example> byKind = new LinkedHashMap<>();
        for (Class<? extends MeetingEvent> kind : family.kinds()) {
            examples.action(kind, schemas.name(kind)).ifPresent(value -> byKind.put(Actions.name(kind),
                    new Example().summary(Actions.name(kind)).value(value)));
        }
        return new Operation()
                .operationId("record-" + family.path())
                .addTagsItem(family.path())
                .summary(family.about() + ": " + String.join(", ", family.kindNames()))
                .description("Body: {\"kind\": one of " + String.join(", ", family.kindNames()) + ", ...the facts of "
                        + "that kind}; a kind with a fact called kind (such as a document's) gives its facts under "
                        + "\"facts\". Without a moment, the action happened now, in the open plenary session if "
                        + "one is open. A correction's corrected facts name their kind too.")
                .addParametersItem(new PathParameter().name("meetingId").description("such as " + EXAMPLE_MEETING)
                        .schema(new StringSchema()))
                .addParametersItem(new HeaderParameter().name(Logging.IDEMPOTENCY_KEY).required(false)
                        .description("Client command id: a retry returns the first answer and records nothing twice")
                        .schema(new StringSchema()))
                .addParametersItem(new HeaderParameter().name("If-Match").required(false)
                        .description("The ETag of the last write the client saw: refused with 409 if the meeting has moved on")
                        .schema(new StringSchema()))
                .addParametersItem(new HeaderParameter().name(Logging.LOGGED_BY).required(false)
                        .description("Who logs it, when no one is signed in").schema(new StringSchema()))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(schemas.oneOf(family.kinds())).examples(byKind))))
                .responses(new ApiResponses().addApiResponse("201", created("Recorded", ActionSchemas.RECORDED)));
    }

    /** The convening's body is typed too (its controller takes any JSON object and reads it strictly). */
    private static void convening(OpenAPI openApi, ActionExamples examples) {
        PathItem meetings = pathItem(openApi, "/api/meetings");
        if (meetings.getPost() == null) {
            return;
        }
        MediaType body = new MediaType().schema(new Schema<>().$ref(ActionSchemas.REF + ActionSchemas.CONVENING));
        examples.conveningUse().ifPresent(use -> body.addExamples(use.meetingId(), new Example()
                .summary("examples/" + use.file()).value(examples.convening().orElseThrow())));
        meetings.getPost().requestBody(new RequestBody().required(true).content(new Content()
                .addMediaType("application/json", body)));
        ObjectSchema convened = new ObjectSchema();
        convened.addProperty("id", new StringSchema()).addProperty("eventId", new StringSchema())
                .addProperty("sequence", new IntegerSchema().format("int64"));
        convened.setRequired(java.util.List.of("id", "eventId", "sequence"));
        openApi.getComponents().addSchemas(ActionSchemas.CONVENED, convened);
        ApiResponse created = created("Convened; Location is the meeting", ActionSchemas.CONVENED);
        created.addHeaderObject("Location", new Header().description("The meeting's address").schema(new StringSchema()));
        if (meetings.getPost().getResponses() == null) {
            meetings.getPost().responses(new ApiResponses());
        }
        meetings.getPost().getResponses().addApiResponse("201", created);
    }

    private static ApiResponse created(String description, String schema) {
        return new ApiResponse().description(description)
                .addHeaderObject("ETag", new Header().description("The meeting's version: the sequence number of this action")
                        .schema(new StringSchema()))
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref(ActionSchemas.REF + schema))));
    }

    private static Schema<?> recorded() {
        ObjectSchema recorded = new ObjectSchema();
        recorded.setDescription("Where the action landed: its event id and sequence number (also the meeting's new ETag)");
        recorded.addProperty("meetingId", new StringSchema()).addProperty("kind", new StringSchema())
                .addProperty("eventId", new StringSchema())
                .addProperty("sequence", new IntegerSchema().format("int64"));
        recorded.setRequired(java.util.List.of("meetingId", "kind", "eventId", "sequence"));
        return recorded;
    }
}
