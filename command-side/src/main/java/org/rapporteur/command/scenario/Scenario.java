package org.rapporteur.command.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.rapporteur.facts.InvalidFactsException;
import org.rapporteur.facts.StrictFacts;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.catalogue.RetiredKinds;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingId;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting as a secretariat logged it, read from a YAML scenario file (see docs/scenario-format.md).
 * {@link #read(Path)} checks the whole file before anything can be recorded.
 */
public final class Scenario {

    /** Prefix of a correction's or withdrawal's target until the recorder resolves it to the recorded event id. */
    public static final String COMMAND_REFERENCE = "command:";

    private static final ObjectMapper MAPPER = YAMLMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Hibernate Validator, named rather than searched for on the class path (it is the one provider there). */
    private static final ValidatorFactory VALIDATION = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory();

    /** One logged action: its position (1-based), optional label, line in the file, and its facts. */
    public record Entry(int position, String ref, int line, MeetingEvent action) {
    }

    private final Path file;
    private final String meetingId;
    private final String loggedBy;
    private final MeetingConvened convened;
    private final List<Entry> entries;

    private Scenario(Path file, String meetingId, String loggedBy, MeetingConvened convened, List<Entry> entries) {
        this.file = file;
        this.meetingId = meetingId;
        this.loggedBy = loggedBy;
        this.convened = convened;
        this.entries = List.copyOf(entries);
    }

    public Path file() {
        return file;
    }

    public String meetingId() {
        return meetingId;
    }

    /** Who logged the file, as given in its header ("secretariat" when not given). */
    public String loggedBy() {
        return loggedBy;
    }

    public MeetingConvened convened() {
        return convened;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The command id of the action at {@code position} (0 is the convening): the meeting id and the position. */
    public String commandId(int position) {
        return meetingId + "/" + position;
    }

    /**
     * The commands in logging order: {@link ConveneMeeting} first, then one {@link RecordAction} per action.
     * Corrections and withdrawals point at {@code command:<command id>} of the action they target.
     */
    public List<Object> commands() {
        List<Object> commands = new ArrayList<>();
        commands.add(new ConveneMeeting(meetingId, commandId(0), convened));
        for (Entry entry : entries) {
            commands.add(new RecordAction(meetingId, commandId(entry.position()), null, entry.action()));
        }
        return commands;
    }

    public static Scenario read(Path file) {
        try (java.io.Reader in = Files.newBufferedReader(file)) {
            return read(file, in);
        } catch (IOException e) {
            throw new ScenarioException(file, 1, "cannot read the file: " + e.getMessage());
        }
    }

    /** A scenario read from {@code in}; {@code file} names it in messages. */
    public static Scenario read(Path file, java.io.Reader in) {
        LocatedTree tree;
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            tree = LocatedTree.read(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ScenarioException(file, line, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScenarioException(file, 1, "cannot read the file: " + e.getMessage());
        }
        return new Reader(file, tree).scenario();
    }

    /** A field path such as {@code states[1].name} as a pointer below its facts: {@code states/1/name}. */
    static String pointer(String path) {
        return path.replaceAll("\\[(\\d+)]", ".$1").replaceAll("^\\.", "").replace('.', '/');
    }

    /** Reads one file's tree into a scenario, failing on the first problem with its line. */
    private static final class Reader {
        private final Path file;
        private final LocatedTree tree;
        private final Validator validator = VALIDATION.getValidator();
        private final Map<String, Integer> positionsByRef = new HashMap<>();
        private final Map<Integer, Entry> byPosition = new HashMap<>();
        private final Map<Integer, String> kindByPosition = new HashMap<>();
        private final ScenarioReferences references = new ScenarioReferences(this::fail);

        Reader(Path file, LocatedTree tree) {
            this.file = file;
            this.tree = tree;
        }

        Scenario scenario() {
            JsonNode root = tree.root();
            if (!root.isObject()) {
                throw fail("", "a scenario is a mapping with 'meeting' and 'actions'");
            }
            unknownFields(root, "", Set.of("meeting", "actions"));
            JsonNode meeting = required(root, "", "meeting");
            unknownFields(meeting, "/meeting", Set.of("id", "loggedBy", "date", "facts"));
            JsonNode id = required(meeting, "/meeting", "id");
            if (!id.isTextual() || !MeetingId.isWellFormed(id.asText())) {
                throw fail("/meeting/id", "the meeting id must be " + MeetingId.FORM);
            }
            String loggedBy = meeting.path("loggedBy").asText("secretariat");
            LocalDate convenedOn = date(meeting, "/meeting");
            if (convenedOn == null) {
                throw fail("/meeting", "the meeting header needs the date it was convened ('date')");
            }
            MeetingConvened convened = facts(required(meeting, "/meeting", "facts"), "/meeting/facts",
                    MeetingConvened.class, MeetingMoment.outsidePlenary(convenedOn), "/meeting");

            JsonNode actions = required(root, "", "actions");
            if (!actions.isArray()) {
                throw fail("/actions", "'actions' must be a list");
            }
            List<Entry> entries = new ArrayList<>();
            Integer session = null;
            LocalDate date = convenedOn;
            for (int i = 0; i < actions.size(); i++) {
                String at = "/actions/" + i;
                JsonNode action = actions.get(i);
                if (!action.isObject()) {
                    throw fail(at, "each action is a mapping with a 'kind'");
                }
                unknownFields(action, at, Set.of("kind", "ref", "session", "date", "time", "facts", "corrects",
                        "withdraws", "reason"));
                String kind = required(action, at, "kind").asText();
                Class<? extends MeetingEvent> type = Actions.byName(kind)
                        .orElseThrow(() -> fail(at + "/kind", RetiredKinds.replacement(kind)
                                .map(use -> "kind '" + kind + "' is no longer recorded: use " + use)
                                .orElse("unknown kind '" + kind + "' (see org.rapporteur.events.catalogue.Actions)")));
                LocalDate given = date(action, at);
                if (given != null) {
                    date = given;
                }
                if (action.has("session")) {
                    JsonNode s = action.get("session");
                    if (s.isNull()) {
                        session = null;
                    } else if (!s.canConvertToInt() || s.asInt() < 1) {
                        throw fail(at + "/session", "the plenary session is a positive number");
                    } else {
                        session = s.asInt();
                    }
                } else if (type == PlenarySessionOpened.class && action.path("facts").has("number")) {
                    session = action.path("facts").path("number").asInt();
                }
                MeetingMoment moment = new MeetingMoment(session, date, time(action, at));
                int position = i + 1;
                String ref = action.has("ref") ? action.get("ref").asText() : null;
                if (ref != null && positionsByRef.putIfAbsent(ref, position) != null) {
                    throw fail(at + "/ref", "the label '" + ref + "' is already used by action " + positionsByRef.get(ref));
                }
                MeetingEvent event;
                if (type == ActionCorrected.class) {
                    int target = target(action, at, "corrects");
                    Class<? extends MeetingEvent> targetType = Actions.byName(kindByPosition.get(target)).orElseThrow();
                    MeetingEvent corrected = facts(required(action, at, "facts"), at + "/facts", targetType,
                            byPosition.get(target).action().moment(), at);
                    event = validated(new ActionCorrected(moment, COMMAND_REFERENCE + commandId(target),
                            reason(action, at), corrected), at);
                } else if (type == ActionWithdrawn.class) {
                    int target = target(action, at, "withdraws");
                    event = validated(new ActionWithdrawn(moment, COMMAND_REFERENCE + commandId(target),
                            reason(action, at)), at);
                } else {
                    JsonNode facts = action.has("facts") ? action.get("facts") : MAPPER.createObjectNode();
                    event = facts(facts, at + "/facts", type, moment, at);
                }
                references.checkNotes(event instanceof ActionCorrected c ? c.corrected() : event, at);
                Entry entry = new Entry(position, ref, tree.line(at), event);
                entries.add(entry);
                byPosition.put(position, entry);
                kindByPosition.put(position, kind);
                references.recorded(event);
                if (type == PlenarySessionClosed.class) {
                    session = null;
                }
            }
            return new Scenario(file, id.asText(), loggedBy, convened, entries);
        }

        private String commandId(int position) {
            return tree.root().path("meeting").path("id").asText() + "/" + position;
        }

        private int target(JsonNode action, String at, String field) {
            String ref = required(action, at, field).asText();
            Integer position = positionsByRef.get(ref);
            if (position == null) {
                throw fail(at + "/" + field, "no earlier action is labelled '" + ref + "' (give it 'ref: " + ref + "')");
            }
            return position;
        }

        private String reason(JsonNode action, String at) {
            return required(action, at, "reason").asText();
        }

        private <T> T facts(JsonNode node, String at, Class<T> type, MeetingMoment moment, String clockAt) {
            if (!node.isObject()) {
                throw fail(at, "the facts of an action are a mapping");
            }
            if (node.has("moment")) {
                throw fail(at + "/moment", "give the meeting clock as 'session', 'date' and 'time' of the action, not in its facts");
            }
            ObjectNode withMoment = ((ObjectNode) node).deepCopy();
            withMoment.set("moment", MAPPER.valueToTree(moment));
            StrictFacts.Reading<T> reading = StrictFacts.reading(withMoment, type);
            if (!reading.problems().isEmpty()) {
                InvalidFactsException.FieldError first = reading.problems().get(0);
                String path = first.field();
                String where = path.startsWith("moment") ? clockAt : at + (path.isEmpty() ? "" : "/" + pointer(path));
                throw fail(where, (path.isEmpty() ? "" : path + ": ") + first.message());
            }
            T value = validated(reading.value(), at, clockAt);
            references.checkTexts(value, at);
            return value;
        }

        private <T> T validated(T value, String at) {
            return validated(value, at, at);
        }

        private <T> T validated(T value, String at, String clockAt) {
            Set<ConstraintViolation<T>> violations = validator.validate(value);
            if (violations.isEmpty()) {
                List<InvalidFactsException.FieldError> insane = StrictFacts.problems(value);
                if (insane.isEmpty()) {
                    return value;
                }
                String path = insane.get(0).field();
                throw fail(path.startsWith("moment") ? clockAt : at + "/" + pointer(path), path + ": " + insane.get(0).message());
            }
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String path = first.getPropertyPath().toString();
            String where = path.startsWith("moment") ? clockAt : at + "/" + pointer(path);
            String field = path.isEmpty() ? "" : path + " ";
            throw fail(where, field + first.getMessage());
        }

        private LocalDate date(JsonNode node, String at) {
            if (!node.has("date")) {
                return null;
            }
            try {
                return LocalDate.parse(node.get("date").asText());
            } catch (DateTimeParseException e) {
                throw fail(at + "/date", "dates are written 2024-09-10");
            }
        }

        private LocalTime time(JsonNode node, String at) {
            if (!node.has("time")) {
                return null;
            }
            try {
                return LocalTime.parse(node.get("time").asText());
            } catch (DateTimeParseException e) {
                throw fail(at + "/time", "times are written \"10:00\"");
            }
        }

        private JsonNode required(JsonNode node, String at, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw fail(at, "'" + field + "' is required");
            }
            return value;
        }

        private void unknownFields(JsonNode node, String at, Set<String> allowed) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw fail(at + "/" + name, "unknown field '" + name + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
                }
            }
        }


        private ScenarioException fail(String pointer, String reason) {
            return new ScenarioException(file, tree.line(pointer), reason.replaceAll("\\s+", " ").trim());
        }
    }
}
