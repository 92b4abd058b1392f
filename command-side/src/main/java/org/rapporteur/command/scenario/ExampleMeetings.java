package org.rapporteur.command.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingConvened;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The example meetings of {@code examples/} (shipped on the classpath), and the first use of each kind in them, file
 * by file in name order: the one example of a kind that docs/vocabulary.md and the OpenAPI document both show.
 */
public final class ExampleMeetings {

    private static final String LOCATION = "classpath*:examples/*.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static volatile ExampleMeetings shipped;

    /**
     * A kind's first use: the file, the meeting's id, the entry as written (for the convening, the meeting's
     * header) and the action as read, with its moment and, for a correction, the corrected action's kind and moment.
     */
    public record Use(String file, String meetingId, JsonNode written, MeetingEvent action) {
    }

    private final Map<String, Use> firstUses = new LinkedHashMap<>();

    private ExampleMeetings(List<Resource> files) {
        for (Resource file : files) {
            String name = file.getFilename();
            try {
                JsonNode root;
                try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    root = YAML.readTree(in);
                }
                Scenario scenario;
                try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    scenario = Scenario.read(Path.of("examples", name), in);
                }
                firstUses.putIfAbsent(Actions.name(MeetingConvened.class),
                        new Use(name, scenario.meetingId(), root.path("meeting"), scenario.convened()));
                for (Scenario.Entry entry : scenario.entries()) {
                    firstUses.putIfAbsent(Actions.name(entry.action().getClass()), new Use(name, scenario.meetingId(),
                            root.path("actions").path(entry.position() - 1), entry.action()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("examples/" + name, e);
            }
        }
    }

    /** The example meetings on the classpath. */
    public static ExampleMeetings shipped() {
        if (shipped == null) {
            try {
                Resource[] found = new PathMatchingResourcePatternResolver(ExampleMeetings.class.getClassLoader())
                        .getResources(LOCATION);
                shipped = new ExampleMeetings(Arrays.stream(found)
                        .sorted(Comparator.comparing(Resource::getFilename)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(LOCATION, e);
            }
        }
        return shipped;
    }

    /** The first use of the kind named {@code kind} (such as agenda-adopted), if an example meeting has one. */
    public Optional<Use> firstUse(String kind) {
        return Optional.ofNullable(firstUses.get(kind));
    }
}
