package org.rapporteur.command.actions;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
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
import io.swagger.v3.oas.models.headers.Header;
import org.rapporteur.command.http.Logging;
import org.rapporteur.events.Actions;
import org.rapporteur.events.MeetingEvent;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/** Documents one endpoint per family of actions, with the facts of each kind it records, from the catalogue. */
@Configuration(proxyBeanMethods = false)
class ActionsOpenApi {

    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenApiCustomizer actionFamiliesOpenApi() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            for (ActionFamily family : ActionFamilies.all()) {
                List<Schema> kinds = new ArrayList<>();
                for (Class<? extends MeetingEvent> kind : family.kinds()) {
                    ModelConverters.getInstance().readAll(kind).forEach(openApi.getComponents()::addSchemas);
                    kinds.add(new ComposedSchema().allOf(List.of(
                            new Schema<>().$ref("#/components/schemas/" + kind.getSimpleName()),
                            new ObjectSchema().addProperty("kind", new StringSchema()._enum(List.of(Actions.name(kind))))
                                    .addRequiredItem("kind"))));
                }
                openApi.path("/api/meetings/{meetingId}/" + family.path(), new PathItem().post(operation(family, kinds)));
            }
        };
    }

    private static Operation operation(ActionFamily family, List<Schema> kinds) {
        return new Operation()
                .operationId("record-" + family.path())
                .addTagsItem(family.path())
                .summary("Record " + family.idea() + " actions: " + String.join(", ", family.kindNames()))
                .description("Body: {\"kind\": one of " + String.join(", ", family.kindNames()) + ", ...the facts of "
                        + "that kind}. Without a moment, the action happened today in the open plenary session; a "
                        + "plenary action without a session is in the open one. A correction's corrected facts name "
                        + "their kind too.")
                .addParametersItem(new PathParameter().name("meetingId").description("such as ccm-12msp")
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
                        new MediaType().schema(new ComposedSchema().oneOf(kinds)))))
                .responses(new ApiResponses()
                        .addApiResponse("201", new ApiResponse().description("Recorded")
                                .addHeaderObject("ETag", new Header().description("The meeting's version: the sequence number of this action")
                                        .schema(new StringSchema()))
                                .content(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()
                                        .addProperty("meetingId", new StringSchema())
                                        .addProperty("kind", new StringSchema())
                                        .addProperty("eventId", new StringSchema())
                                        .addProperty("sequence", new IntegerSchema().format("int64"))))))
                        .addApiResponse("400", problem("Malformed or incomplete facts, by field"))
                        .addApiResponse("404", problem("Unknown meeting"))
                        .addApiResponse("409", problem("Refused by the meeting's rules, or the meeting has moved on since If-Match")));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new ObjectSchema())));
    }
}
