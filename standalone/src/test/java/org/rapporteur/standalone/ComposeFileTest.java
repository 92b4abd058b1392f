package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine here: check that what docker-compose.yml wires matches what the applications read. */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+):?([^}]*)}");

    @Test
    void composeWiresBothSidesToOneMongoDb() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");

        assertThat(services.path("mongo").path("image").asText()).matches("mongo:\\d+(\\.\\d+)*");
        assertThat(services.path("mongo").path("command").toString()).contains("--replSet");
        assertThat(services.path("mongo").path("healthcheck").path("test").toString()).contains("rs.initiate");

        checkSide(services, "command-side", "command-side/src/main/resources/application.properties");
        checkSide(services, "query-side", "query-side/src/main/resources/application.properties");
    }

    private void checkSide(JsonNode services, String name, String propertiesFile) throws IOException {
        JsonNode service = services.path(name);
        assertThat(service.isMissingNode()).as(name + " service").isFalse();
        Path dockerfile = ROOT.resolve(service.path("build").path("dockerfile").asText());
        assertThat(dockerfile).exists();
        assertThat(Files.readString(dockerfile)).contains("-pl " + name).contains(name + "-*-exec.jar");
        assertThat(service.path("depends_on").path("mongo").path("condition").asText()).isEqualTo("service_healthy");

        Properties properties = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(propertiesFile))) {
            properties.load(in);
        }
        String environmentRead = String.join(" ", properties.stringPropertyNames().stream().map(properties::getProperty).toList());
        JsonNode environment = service.path("environment");
        environment.fieldNames().forEachRemaining(variable ->
                assertThat(environmentRead).as(name + " reads " + variable).contains("${" + variable + ":"));
        assertThat(environment.path("RAPPORTEUR_MONGO_URI").asText()).startsWith("mongodb://mongo:27017");

        Matcher port = PLACEHOLDER.matcher(properties.getProperty("server.port"));
        assertThat(port.matches()).isTrue();
        String portInContainer = environment.path(port.group(1)).asText(port.group(2));
        assertThat(service.path("ports").get(0).asText()).endsWith(":" + portInContainer);
    }
}
