package org.rapporteur.query.report.render;

import org.rapporteur.text.States;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What running text refers to: document symbols ("CCM/MSP/2024/1", "A/RES/79/50") and States by any of their
 * names. Each is found once here, so the AKN body marks it up and the TLC lists it.
 */
final class AknReferences {

    /** A UN document symbol: capitals (hyphenated, as the IPCC's "IPCC-XLII"), then at least one "/" part, holding a digit somewhere. */
    private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+");
    private static final Map<String, String> STATE_BY_NAME = new HashMap<>();
    private static final Pattern STATE;

    static {
        for (States.State s : States.all().values()) {
            for (String name : List.of(s.name(), s.runningName().replaceFirst("^the ", ""), s.shortName())) {
                if (name.length() > 3) {
                    STATE_BY_NAME.putIfAbsent(name, s.code());
                }
            }
        }
        STATE = Pattern.compile(STATE_BY_NAME.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\p{L}])(?:", ")(?![\\p{L}])")));
    }

    /** A stretch of text that refers to something: a document ({@code state} null) or a State. */
    record Mention(int start, int end, String text, String symbol, String state) {
    }

    private AknReferences() {
    }

    static List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            String symbol = m.group().replaceAll("[.\\-]+$", "");
            if (symbol.chars().anyMatch(Character::isDigit)) {
                mentions.add(new Mention(m.start(), m.start() + symbol.length(), symbol, symbol, null));
            }
        }
        Matcher s = STATE.matcher(text);
        while (s.find()) {
            int start = s.start();
            if (mentions.stream().noneMatch(x -> start < x.end() && s.end() > x.start())) {
                mentions.add(new Mention(start, s.end(), s.group(), null, STATE_BY_NAME.get(s.group())));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /** The AKN work URI of a UN document: {@code /akn/un/doc/CCM_MSP_2024_1}, the symbol's slashes as underscores. */
    static String documentUri(String symbol) {
        return "/akn/un/doc/" + idPart(symbol);
    }

    static String idPart(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    static String stateId(String code) {
        return "state_" + code.toLowerCase(Locale.ROOT);
    }

    static String stateName(String code) {
        return States.name(code);
    }
}
