package org.rapporteur.profiles;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Map;
import java.util.Optional;

/**
 * A profile's own phrases in place of the shipped ones, per language: {@code {en: {key: pattern}, fr: {...}}}.
 * Each pattern is ICU MessageFormat and may use only the arguments its message declares.
 */
@JsonDeserialize(using = WordingReader.class)
public record Wording(Map<String, Map<String, Phrase>> byLanguage) {

    public static final Wording NONE = new Wording(Map.of());

    public Wording {
        byLanguage = Map.copyOf(byLanguage);
    }

    public Optional<Phrase> phrase(String language, String key) {
        Map<String, Phrase> phrases = byLanguage.get(language);
        return phrases == null ? Optional.empty() : Optional.ofNullable(phrases.get(key));
    }

    /** One pattern and the line it is on. */
    public record Phrase(String pattern, int line) {
    }
}
