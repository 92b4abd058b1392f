package org.rapporteur.profiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one profile strictly: unknown keys, kinds, facts, languages and placeholders are refused with the file and
 * line at fault ({@link ProfileException}); then checks what the schema cannot say ({@link ProfileChecks}).
 */
public final class BodyProfileReader {

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addHandler(new UnknownKeys())
            .build();

    private BodyProfileReader() {
    }

    /** The file as written, before its checks. */
    record ProfileFile(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) List<String> languages,
                       @JsonProperty(required = true) Body body,
                       @JsonProperty(required = true) ReportOutline report) {
    }

    /**
     * Reads the profile in {@code bytes}; {@code source} names it in messages and {@code expectedId} (the file's
     * name without {@code .yaml}) must be its id.
     */
    public static BodyProfile read(byte[] bytes, String source, String expectedId) {
        return read(bytes, source, expectedId, java.util.Map.of());
    }

    /** With the wording tables of the profile's directory ({@code states.es.tsv}: its text), part of its fingerprint. */
    public static BodyProfile read(byte[] bytes, String source, String expectedId, java.util.Map<String, String> tables) {
        ProfileFile file;
        Map<String, Integer> lines = Map.of();
        try (JsonParser parser = YAML.createParser(bytes)) {
            lines = lines(bytes);
            file = YAML.readValue(parser, ProfileFile.class);
        } catch (UnknownKey e) {
            throw fault(source, lines, e, "unknown key '" + e.key + "'" + where(e) + " (known: " + e.known + ")");
        } catch (InvalidFormatException e) {
            throw fault(source, lines, e, "unknown " + describe(e.getTargetType()) + " '" + e.getValue() + "'" + where(e)
                    + known(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String message = e.getOriginalMessage();
            if (message.startsWith("Missing required creator property")) {
                message = "missing key " + message.substring(message.indexOf('\''), message.indexOf('\'', message.indexOf('\'') + 1) + 1)
                        + where(e);
            }
            throw fault(source, lines, e, message);
        } catch (JsonMappingException e) {
            throw fault(source, lines, e, e.getOriginalMessage() + where(e));
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ProfileException(source, line, "not YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProfileException(source, 0, "unreadable: " + e.getMessage());
        }
        if (file == null) {
            throw new ProfileException(source, 0, "empty profile");
        }
        if (expectedId != null && !expectedId.equals(file.id())) {
            throw new ProfileException(source, 1, "id '" + file.id() + "' differs from the file's name '" + expectedId + "'");
        }
        ProfileChecks.check(file, source);
        return new BodyProfile(file.id(), file.languages(), file.body(), file.report(), source, fingerprint(bytes, tables),
                tables);
    }

    /** Refuses an unknown key at the line of its value (Jackson's own exception stands after it). */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object bean, String key) throws IOException {
            String known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new UnknownKey(context, p, key, known);
        }
    }

    private static final class UnknownKey extends JsonMappingException {
        final String key;
        final String known;

        UnknownKey(DeserializationContext context, JsonParser p, String key, String known) {
            super(p, "unknown key '" + key + "'", context.getParser().currentTokenLocation());
            this.key = key;
            this.known = known;
        }
    }

    /** The line of every key and value, by JSON pointer ({@code /body/kind}, {@code /report/parts/0/facts/1}). */
    private static Map<String, Integer> lines(byte[] bytes) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(bytes)) {
            while (p.nextToken() != null) {
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        } catch (JsonParseException notYaml) {
            // the mapping reports it with its line
        }
        return lines;
    }

    private static ProfileException fault(String source, Map<String, Integer> lines, JsonMappingException e, String message) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        if (e instanceof UnknownKey u) {
            pointer.append('/').append(u.key);
        }
        if (e.getCause() instanceof JsonParseException parse && parse.getLocation() != null) {
            return new ProfileException(source, parse.getLocation().getLineNr(), message);
        }
        Integer known = lines.get(pointer.toString());
        int line = known != null ? known : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new ProfileException(source, line, message);
    }

    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " at " + path;
    }

    private static String describe(Class<?> type) {
        if (type == BodyKind.class) {
            return "body kind";
        } else if (type == ReportFact.class) {
            return "fact";
        } else if (type == ReportOutline.AnnexKind.class) {
            return "annex kind";
        } else if (type == ReportOutline.Order.class) {
            return "order";
        }
        return "value";
    }

    private static String known(Class<?> type) {
        if (!type.isEnum()) {
            return "";
        }
        return " (known: " + Arrays.stream(type.getEnumConstants()).map(c -> {
            try {
                return String.valueOf(type.getMethod("publicName").invoke(c));
            } catch (ReflectiveOperationException noPublicName) {
                return c.toString();
            }
        }).collect(Collectors.joining(", ")) + ")";
    }

    private static String fingerprint(byte[] bytes, java.util.Map<String, String> tables) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            new java.util.TreeMap<>(tables).forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            });
            digest.update(Messages.shipped().fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
