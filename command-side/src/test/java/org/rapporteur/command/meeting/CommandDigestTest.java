package org.rapporteur.command.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.catalogue.Actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprints are made with a writer of the process's shared mapper; they must be what a mapper of their own
 * (as they were made until 2 December evening) makes, for every action of every example, also after Axon's
 * serializer has been built on that mapper (it adds its metadata reader to it).
 */
class CommandDigestTest {

    private static final ObjectMapper OWN = EventJson.mapper().copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void fingerprintsAreThoseOfAMapperOfTheirOwn() throws Exception {
        List<Object> actions = exampleActions();
        assertThat(actions).hasSizeGreaterThan(100);
        for (Object action : actions) {
            assertThat(CommandDigest.of(action)).as(action.toString()).isEqualTo(ownDigest(action));
        }
        JacksonSerializer.builder().objectMapper(EventJson.shared()).build();
        for (Object action : actions) {
            assertThat(CommandDigest.of(action)).as(action.toString()).isEqualTo(ownDigest(action));
            assertThat(CommandDigest.matches(ownDigest(action), action)).isTrue();
        }
    }

    private static String ownDigest(Object action) throws Exception {
        byte[] bytes = (Actions.name(action.getClass()) + "\n" + OWN.writeValueAsString(action)).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    }

    private static List<Object> exampleActions() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        List<Object> actions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario scenario = Scenario.read(file);
                actions.add(scenario.convened());
                scenario.entries().forEach(entry -> actions.add(entry.action()));
            }
        }
        return actions;
    }
}
