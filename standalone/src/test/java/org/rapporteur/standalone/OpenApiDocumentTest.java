package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.command.actions.ActionFamilies;
import org.rapporteur.command.actions.ActionFamily;
import org.rapporteur.events.catalogue.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document of the standalone app: it parses as OpenAPI, documents every endpoint (the views read with
 * GET beside the actions recorded with POST on the same paths), types each kind of action and its corrections, and
 * every example in it validates against its schema and is taken by the API as a well-formed request.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static String document;
    private static JsonNode doc;

    @BeforeAll
    static void noDocumentYet() {
        document = null;
    }

    private JsonNode doc() {
        if (doc == null) {
            var response = Http.get("http://localhost:" + port + "/v3/api-docs");
            assertThat(response.statusCode()).isEqualTo(200);
            document = response.body();
            doc = Http.json(response);
        }
        return doc;
    }

    @Test
    void theDocumentParsesAsOpenApiWithARealTitleAndVersion() {
        doc();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("Rapporteur");
        assertThat(parsed.getOpenAPI().getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(doc().path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
    }

    @Test
    void everyEndpointIsDocumentedWithItsProblems() {
        JsonNode paths = doc().path("paths");
        List<String> checked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                List<String> documented = pattern.endsWith("/{family}")
                        ? ActionFamilies.paths().stream().map(f -> pattern.replace("{family}", f)).toList() : List.of(pattern);
                for (String path : documented) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                        assertThat(operation.isObject()).as("%s %s documented", method, path).isTrue();
                        for (String status : method == RequestMethod.GET ? List.of("401", "403")
                                : List.of("401", "403", "409", "422")) {
                            assertThat(operation.path("responses").path(status).path("content")
                                    .path("application/problem+json").path("schema").path("$ref").asText())
                                    .as("%s %s answers %s as a problem", method, path, status)
                                    .isEqualTo("#/components/schemas/problem-details");
                        }
                        if (method == RequestMethod.GET) {
                            JsonNode ok = operation.path("responses").path("200").path("content");
                            assertThat(ok.isObject() && ok.elements().hasNext() && ok.elements().next().has("schema"))
                                    .as("GET %s documents what it answers: %s", path, operation.path("responses")).isTrue();
                        }
                        checked.add(method + " " + path);
                    }
                }
            }
        }
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertThat(documented).as("only the API is documented (not the error page)").allMatch(p -> p.startsWith("/api/"));
        assertThat(checked).contains("GET /api/meetings/{meetingId}/agenda", "POST /api/meetings/{meetingId}/agenda",
                "GET /api/meetings/{meetingId}/participants", "POST /api/meetings/{meetingId}/participants",
                "GET /api/meetings/{meetingId}/documents", "POST /api/meetings/{meetingId}/documents",
                "POST /api/meetings", "GET /api/meetings/{meetingId}/report");
    }

    @Test
    void eachKindIsItsOwnSchemaToldApartByKindAndCorrectionsAreTypedTheSameWay() {
        JsonNode schemas = doc().path("components").path("schemas");
        for (ActionFamily family : ActionFamilies.all()) {
            JsonNode body = doc().path("paths").path("/api/meetings/{meetingId}/" + family.path()).path("post")
                    .path("requestBody").path("content").path("application/json").path("schema");
            assertThat(body.path("discriminator").path("propertyName").asText()).isEqualTo("kind");
            assertThat(body.path("oneOf").size()).isEqualTo(family.kinds().size());
            for (String kind : family.kindNames()) {
                String ref = body.path("discriminator").path("mapping").path(kind).asText();
                JsonNode schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                assertThat(schema.path("properties").path("kind").path("enum").toString()).as(kind).isEqualTo("[\"" + kind + "\"]");
            }
        }
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        for (Class<? extends org.rapporteur.events.MeetingEvent> kind : Actions.all()) {
            assertThat(names).as("named as the kind is, not after its Java class").contains(Actions.name(kind))
                    .doesNotContain(kind.getSimpleName(), kind.getName());
        }
        assertThat(names).contains("convene-meeting").doesNotContain("ConveneMeeting");
        assertThat(names).as("a part shared by kinds is one schema, by its public name").contains("meeting-moment", "person")
                .doesNotContain("MeetingMoment");
        assertThat(names).as("every schema, of actions, views and problems alike, has a chosen public name")
                .allMatch(name -> name.matches("[a-z][a-z0-9-]*(\\.[a-z]+)?"))
                .contains("agenda-status", "timeline-entry", "problem-details", "convened-meeting");
        Set<String> input = new java.util.TreeSet<>();
        for (ActionFamily family : ActionFamilies.all()) {
            referenced(doc().path("paths").path("/api/meetings/{meetingId}/" + family.path()).path("post")
                    .path("requestBody"), schemas, input);
        }
        referenced(doc().path("paths").path("/api/meetings").path("post").path("requestBody"), schemas, input);
        assertThat(input).as("every schema of the actions, their parts included, is named in kebab-case, not after a Java class")
                .contains("agenda-adopted", "person", "meeting-moment", "convene-meeting")
                .allMatch(name -> name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.facts)?"));
        assertThat(schemas.path("ceremony-speaker").path("properties").has("titleFirst"))
                .as("parts of two kinds with one simple name are two schemas").isTrue();
        assertThat(schemas.path("speaker").path("properties").has("group")).isTrue();
        JsonNode corrected = schemas.path("action-corrected").path("properties").path("corrected").path("allOf").path(0);
        assertThat(corrected.path("discriminator").path("propertyName").asText()).isEqualTo("kind");
        assertThat(corrected.path("discriminator").path("mapping").size()).isEqualTo(Actions.all().size() - 2);
    }

    /** The names of the schemas {@code node} refers to, and those they refer to in turn. */
    private static void referenced(JsonNode node, JsonNode schemas, Set<String> names) {
        if (node.isObject() && node.has("$ref")) {
            String name = node.path("$ref").asText().substring(node.path("$ref").asText().lastIndexOf('/') + 1);
            if (names.add(name)) {
                referenced(schemas.path(name), schemas, names);
            }
        }
        node.forEach(child -> referenced(child, schemas, names));
    }

    @Test
    void everyKindHasAnExampleThatValidatesAgainstItsSchemaAndTheApiTakesAsWellFormed() {
        JsonNode meetings = doc().path("paths").path("/api/meetings").path("post").path("requestBody").path("content")
                .path("application/json");
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        meetings.path("examples").forEach(example -> examples.put("meeting-convened", example.path("value")));
        for (ActionFamily family : ActionFamilies.all()) {
            JsonNode media = media(family);
            media.path("examples").fields().forEachRemaining(example -> {
                assertThat(family.kindNames()).as("example %s under /%s", example.getKey(), family.path()).contains(example.getKey());
                examples.put(example.getKey(), example.getValue().path("value"));
            });
        }
        assertThat(Actions.names().stream().filter(kind -> !examples.containsKey(kind)).toList())
                .as("kinds of the catalogue without an example in the OpenAPI document").isEmpty();

        assertValid(meetings.path("schema"), examples.get("meeting-convened"), "meeting-convened");
        var convened = Http.post(url("/api/meetings"), examples.get("meeting-convened").toString());
        assertThat(convened.statusCode()).as(convened.body()).isEqualTo(201);
        String meeting = examples.get("meeting-convened").path("id").asText();
        List<String> failures = new ArrayList<>();
        for (ActionFamily family : ActionFamilies.all()) {
            for (String kind : family.kindNames()) {
                JsonNode value = examples.get(kind);
                errors(media(family).path("schema"), value).forEach(error -> failures.add(kind + " against its schema: " + error));
                var answer = Http.post(url("/api/meetings/" + meeting + "/" + family.path()), value.toString());
                if (answer.statusCode() == 400 || answer.statusCode() >= 500) {
                    failures.add(kind + " answered " + answer.statusCode() + ": " + answer.body());
                }
            }
        }
        assertThat(failures).as("examples that fail their schema or that the API finds malformed").isEmpty();

        JsonNode documents = doc().path("paths").path("/api/meetings/{meetingId}/documents").path("post")
                .path("requestBody").path("content").path("application/json");
        ObjectNode misspelt = (ObjectNode) documents.path("examples").path("document-submitted").path("value").deepCopy();
        ((ObjectNode) misspelt.path("facts")).put("submitedBy", "Norway");
        assertThat(errors(documents.path("schema"), misspelt)).as("an unknown field fails the schema").isNotEmpty();
        ObjectNode wrongKind = (ObjectNode) documents.path("examples").path("document-submitted").path("value").deepCopy();
        wrongKind.put("kind", "document-withdrawn");
        assertThat(errors(documents.path("schema"), wrongKind)).as("facts of another kind fail the schema").isNotEmpty();
    }

    private JsonNode media(ActionFamily family) {
        return doc().path("paths").path("/api/meetings/{meetingId}/" + family.path()).path("post")
                .path("requestBody").path("content").path("application/json");
    }

    private void assertValid(JsonNode schema, JsonNode value, String name) {
        assertThat(errors(schema, value)).as("example %s: %s", name, value).isEmpty();
    }

    private List<String> errors(JsonNode schema, JsonNode value) {
        ObjectNode withComponents = schema.deepCopy();
        withComponents.set("components", doc().path("components"));
        Schema validator = SCHEMAS.getSchema(withComponents);
        return validator.validate(value).stream().map(Object::toString).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
