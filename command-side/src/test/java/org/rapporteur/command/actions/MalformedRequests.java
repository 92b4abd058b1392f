package org.rapporteur.command.actions;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests that must all be refused: each is built from a real kind's facts (some filled with plausible values) and
 * then given at least one defect the strict layer must catch, from unknown fields to bodies that are not JSON at all.
 */
final class MalformedRequests {

    /** One request: where it goes, its Content-Type (null for none), headers, body and the defect it carries. */
    record Request(String path, String contentType, Map<String, String> headers, byte[] body, String defect) {
    }

    private static final List<String> DEFECTS = List.of("unknown-field", "null-in-list", "date-too-early",
            "date-too-late", "unknown-state", "duplicate-key", "truncated", "not-json", "array-body", "scalar-body",
            "text-too-long", "wrong-type", "unknown-kind", "no-kind", "deep-nesting", "wildcard-type", "multipart",
            "text-plain", "overflowing-if-match", "garbage-if-match", "invalid-utf8", "nan", "trailing", "empty",
            "unknown-family", "convene-unknown-field", "convene-backwards", "convene-bad-id", "reused-key",
            "correction-unknown-kind", "correction-nulls");

    private final Random random;
    private final String meeting;
    private final List<ActionFamilyPath> families;
    private final String usedKey;

    record ActionFamilyPath(String path, List<Class<? extends MeetingEvent>> kinds) {
    }

    MalformedRequests(long seed, String meeting, List<ActionFamilyPath> families, String usedKey) {
        this.random = new Random(seed);
        this.meeting = meeting;
        this.families = families;
        this.usedKey = usedKey;
    }

    Request next() {
        String defect = DEFECTS.get(random.nextInt(DEFECTS.size()));
        ActionFamilyPath family = families.get(random.nextInt(families.size()));
        Class<? extends MeetingEvent> kind = family.kinds().get(random.nextInt(family.kinds().size()));
        String path = "/api/meetings/" + meeting + "/" + family.path();
        Map<String, Object> facts = plausible(kind);
        facts.put("kind", Actions.name(kind));
        Map<String, String> headers = new LinkedHashMap<>();
        String type = "application/json";
        String body;
        switch (defect) {
            case "unknown-field" -> {
                facts.put(word() + "X", random.nextInt());
                body = json(facts);
            }
            case "null-in-list" -> {
                facts.put(listField(kind), randomList(true));
                body = json(facts);
            }
            case "date-too-early" -> body = withMoment(facts, "1899-12-31");
            case "date-too-late" -> body = withMoment(facts, "2201-01-01");
            case "unknown-state" -> {
                facts.put(stateField(kind), stateField(kind).equals("states") ? List.of("AUT", "QQZ") : "QQZ");
                body = json(facts);
            }
            case "duplicate-key" -> body = json(facts).replaceFirst("\\{", "{\"reason\": \"a\", \"reason\": \"b\", ");
            case "truncated" -> {
                String whole = json(facts);
                body = whole.substring(0, Math.max(1, random.nextInt(whole.length() - 1)));
            }
            case "not-json" -> body = "kind=" + Actions.name(kind) + "&title=" + word();
            case "array-body" -> body = "[" + json(facts) + "]";
            case "scalar-body" -> body = random.nextBoolean() ? "42" : "\"" + word() + "\"";
            case "text-too-long" -> {
                facts.put(textField(kind), "x".repeat(20_001 + random.nextInt(5_000)));
                body = json(facts);
            }
            case "wrong-type" -> {
                facts.put("moment", random.nextBoolean() ? "yesterday" : List.of(1, 2));
                body = json(facts);
            }
            case "unknown-kind" -> {
                facts.put("kind", word() + "-happened");
                body = json(facts);
            }
            case "no-kind" -> {
                facts.remove("kind");
                body = json(facts);
            }
            case "deep-nesting" -> {
                int depth = 1_100 + random.nextInt(500);
                body = "{\"kind\": \"" + Actions.name(kind) + "\", \"facts\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            case "wildcard-type" -> {
                type = random.nextBoolean() ? "*/*" : "application/*";
                body = json(facts);
            }
            case "multipart" -> {
                type = "multipart/form-data";
                body = json(facts);
            }
            case "text-plain" -> {
                type = random.nextBoolean() ? "text/plain" : "application/xml";
                body = json(facts);
            }
            case "overflowing-if-match" -> {
                headers.put("If-Match", "\"" + "9".repeat(19 + random.nextInt(30)) + "\"");
                body = json(facts);
            }
            case "garbage-if-match" -> {
                headers.put("If-Match", random.nextBoolean() ? "W/\"-1\"" : word());
                body = json(facts);
            }
            case "invalid-utf8" -> {
                byte[] bytes = json(facts).getBytes(StandardCharsets.UTF_8);
                bytes[bytes.length / 2] = (byte) 0xC3;
                bytes[bytes.length / 2 + 1] = (byte) 0x28;
                return new Request(path, type, headers, bytes, defect);
            }
            case "nan" -> body = json(facts).replaceFirst("\\{", "{\"number\": NaN, ");
            case "trailing" -> body = json(facts) + " {\"kind\": \"more\"}";
            case "empty" -> body = random.nextBoolean() ? "" : "   ";
            case "unknown-family" -> {
                path = "/api/meetings/" + meeting + "/" + word();
                facts.put(word() + "X", 1);
                body = json(facts);
            }
            case "convene-unknown-field" -> {
                path = "/api/meetings";
                body = TestHttp.convening("fuzz-" + random.nextInt(1_000_000)).replaceFirst("\\{", "{\"colour\": \"red\", ");
            }
            case "convene-backwards" -> {
                path = "/api/meetings";
                body = TestHttp.convening("fuzz-" + random.nextInt(1_000_000)).replace("\"startsOn\": \"2024-09-10\"",
                        "\"startsOn\": \"2199-09-10\"");
            }
            case "convene-bad-id" -> {
                path = "/api/meetings";
                body = TestHttp.convening(random.nextBoolean() ? "Bad Id!" : "");
            }
            case "reused-key" -> {
                headers.put("Idempotency-Key", usedKey);
                facts.put("reason", word());
                body = json(facts);
            }
            case "correction-unknown-kind" -> {
                path = "/api/meetings/" + meeting + "/corrections";
                body = "{\"kind\": \"action-corrected\", \"correctedEventId\": \"x\", \"reason\": \"r\", \"corrected\": {\"kind\": \""
                        + word() + "\"}}";
            }
            case "correction-nulls" -> {
                path = "/api/meetings/" + meeting + "/corrections";
                body = "{\"kind\": \"action-corrected\", \"correctedEventId\": null, \"reason\": null, \"corrected\": {\"kind\": \"participants-registered\", "
                        + "\"category\": \"STATE_PARTY\", \"states\": [null]}}";
            }
            default -> throw new IllegalStateException(defect);
        }
        return new Request(path, type, headers, body.getBytes(StandardCharsets.UTF_8), defect);
    }

    /** Facts of the kind, some of them filled with values of the right shape (never all: a defect follows anyway). */
    private Map<String, Object> plausible(Class<? extends MeetingEvent> kind) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (RecordComponent component : kind.getRecordComponents()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            Object value = value(component.getType());
            if (value != null) {
                facts.put(component.getName(), value);
            }
        }
        return facts;
    }

    private Object value(Class<?> type) {
        if (type == String.class) {
            return word();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return random.nextInt(20);
        }
        if (type == boolean.class || type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == java.time.LocalDate.class) {
            return "2024-09-1" + random.nextInt(4);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return ((Enum<?>) constants[random.nextInt(constants.length)]).name().toLowerCase();
        }
        if (List.class.isAssignableFrom(type)) {
            return randomList(false);
        }
        return null;
    }

    private List<Object> randomList(boolean withNull) {
        List<Object> list = new ArrayList<>();
        list.add("AUT");
        if (withNull) {
            list.add(random.nextInt(list.size() + 1), null);
        }
        return list;
    }

    private String withMoment(Map<String, Object> facts, String date) {
        Map<String, Object> moment = new LinkedHashMap<>();
        moment.put("date", date);
        facts.put("moment", moment);
        return json(facts);
    }

    private static String listField(Class<?> kind) {
        return first(kind, c -> List.class.isAssignableFrom(c.getType()), "states");
    }

    private static String stateField(Class<?> kind) {
        return first(kind, c -> c.getName().equals("state") || c.getName().equals("states"), "states");
    }

    private static String textField(Class<?> kind) {
        return first(kind, c -> c.getType() == String.class, "reason");
    }

    private static String first(Class<?> kind, java.util.function.Predicate<RecordComponent> test, String otherwise) {
        for (RecordComponent component : kind.getRecordComponents()) {
            if (test.test(component)) {
                return component.getName();
            }
        }
        return otherwise;
    }

    private String word() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String json(Map<String, Object> facts) {
        try {
            return TestHttp.JSON.writeValueAsString(facts);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
