package org.rapporteur.profiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.MessagePattern;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shipped report messages ({@code wording/messages.yaml}): for each key, the arguments the report gives it and
 * its ICU MessageFormat pattern in each language. Profiles may replace a pattern, never add arguments.
 */
public final class Messages {

    static final String RESOURCE = "wording/messages.yaml";
    private static final Messages SHIPPED = load(RESOURCE);

    private final Map<String, Message> messages;
    private final String fingerprint;

    private Messages(Map<String, Message> messages, String fingerprint) {
        this.messages = Map.copyOf(messages);
        this.fingerprint = fingerprint;
    }

    /** A digest of the shipped messages, part of every profile's fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    public static Messages shipped() {
        return SHIPPED;
    }

    public Optional<Message> message(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    public Set<String> keys() {
        return messages.keySet();
    }

    /** One message: its declared arguments and its patterns by language, with the line of each. */
    public record Message(String key, Set<String> arguments, Map<String, Wording.Phrase> patterns) {
    }

    /** The argument names a pattern uses; a pattern that is not ICU MessageFormat throws IllegalArgumentException. */
    public static Set<String> argumentsOf(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                throw new IllegalArgumentException("arguments are named, not numbered ({" + part.getValue() + "})");
            }
        }
        return names;
    }

    /** The problem with {@code pattern} as the wording of {@code key}, or empty when it is fine. */
    public Optional<String> check(String key, String pattern) {
        Message message = messages.get(key);
        if (message == null) {
            return Optional.of("unknown message '" + key + "'");
        }
        return checkArguments(key, pattern, message.arguments());
    }

    static Optional<String> checkArguments(String key, String pattern, Set<String> allowed) {
        Set<String> used;
        try {
            used = argumentsOf(pattern);
        } catch (IllegalArgumentException e) {
            return Optional.of("the wording of '" + key + "' is not an ICU message: " + e.getMessage());
        }
        List<String> unknown = new ArrayList<>(used);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            return Optional.of("unknown placeholder " + String.join(", ", unknown.stream().map(u -> "{" + u + "}").toList())
                    + " in '" + key + "' (it may use " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
        }
        return Optional.empty();
    }

    private static Messages load(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return read(new java.io.ByteArrayInputStream(bytes), resource, digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code key: {args: [..], en: pattern, fr: pattern}} entries, checking each pattern. */
    static Messages read(InputStream in, String source, String fingerprint) throws IOException {
        Map<String, Message> messages = new LinkedHashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(in)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, source, "messages are {key: {args: [...], en: ...}}");
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                expect(p, p.nextToken() == JsonToken.START_OBJECT, source, "'" + key + "' is {args: [...], en: ...}");
                Set<String> args = new LinkedHashSet<>();
                Map<String, Wording.Phrase> patterns = new LinkedHashMap<>();
                for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("args")) {
                        expect(p, value == JsonToken.START_ARRAY, source, "args of '" + key + "' is a list");
                        for (JsonToken a = p.nextToken(); a != JsonToken.END_ARRAY; a = p.nextToken()) {
                            expect(p, a == JsonToken.VALUE_STRING, source, "an argument of '" + key + "' is a name");
                            args.add(p.getText());
                        }
                    } else {
                        expect(p, Languages.known(field), source, "unknown key '" + field + "' in message '" + key
                                + "' (known: args and language codes)");
                        expect(p, value == JsonToken.VALUE_STRING, source, "'" + key + "." + field + "' is a text");
                        patterns.put(field, new Wording.Phrase(p.getText(), p.currentTokenLocation().getLineNr()));
                    }
                }
                for (Map.Entry<String, Wording.Phrase> e : patterns.entrySet()) {
                    Optional<String> problem = checkArguments(key, e.getValue().pattern(), args);
                    if (problem.isPresent()) {
                        throw new ProfileException(source, e.getValue().line(), problem.get());
                    }
                }
                if (messages.put(key, new Message(key, Set.copyOf(args), Map.copyOf(patterns))) != null) {
                    throw new ProfileException(source, line, "message '" + key + "' given twice");
                }
            }
        }
        return new Messages(messages, fingerprint);
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(JsonParser p, boolean condition, String source, String message) {
        if (!condition) {
            throw new ProfileException(source, p.currentTokenLocation().getLineNr(), message);
        }
    }
}
