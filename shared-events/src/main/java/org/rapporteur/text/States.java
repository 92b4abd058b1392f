package org.rapporteur.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every State and entity that takes part in UN meetings, by ISO 3166 alpha-3 code, read from {@code states.tsv}:
 * the 193 Member States, the observer States (Holy See, State of Palestine), the non-member States that take part
 * (Cook Islands, Niue) and the European Union as a regional economic integration organisation ({@code EUU}).
 */
public final class States {

    /** One State: its name as listed, as written in running text (with its article), its short form and standing. */
    public record State(String code, String name, String runningName, String shortName, Standing standing) {
    }

    /** How it takes part in UN meetings. */
    public enum Standing { MEMBER, OBSERVER, NON_MEMBER, REIO }

    private static final Map<String, State> BY_CODE = load();

    private States() {
    }

    public static Optional<State> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code.trim().toUpperCase()));
    }

    public static boolean known(String code) {
        return byCode(code).isPresent();
    }

    public static Map<String, State> all() {
        return Collections.unmodifiableMap(BY_CODE);
    }

    /** The name as listed ("Kingdom of the Netherlands"); an unknown code stands for itself. */
    public static String name(String code) {
        return byCode(code).map(State::name).orElse(code);
    }

    /** The name in running text ("the Netherlands"). */
    public static String runningName(String code) {
        return byCode(code).map(State::runningName).orElse(code);
    }

    /** The short form ("Lao PDR"). */
    public static String shortName(String code) {
        return byCode(code).map(State::shortName).orElse(code);
    }

    private static Map<String, State> load() {
        Map<String, State> states = new LinkedHashMap<>();
        var in = States.class.getResourceAsStream("/states.tsv");
        if (in == null) {
            throw new IllegalStateException("states.tsv is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String name = cells[1];
                String running = cells.length > 2 && !cells[2].isBlank() ? cells[2] : name;
                String shortName = cells.length > 3 && !cells[3].isBlank() ? cells[3] : running;
                Standing standing = cells.length > 4 && !cells[4].isBlank()
                        ? Standing.valueOf(cells[4].trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                        : Standing.MEMBER;
                states.put(cells[0], new State(cells[0], name, running, shortName, standing));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }
}
