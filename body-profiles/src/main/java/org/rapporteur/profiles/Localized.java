package org.rapporteur.profiles;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Map;
import java.util.Optional;

/**
 * A text in each of the profile's languages, {@code {en: States parties, fr: États parties}}; {@code line} is where
 * it stands in its file (for messages about it).
 */
@JsonDeserialize(using = LocalizedReader.class)
public record Localized(Map<String, String> texts, int line) {

    public Localized {
        texts = Map.copyOf(texts);
    }

    public static Localized of(String language, String text) {
        return new Localized(Map.of(language, text), 0);
    }

    /** The text in {@code language}, if the profile gives one. */
    public Optional<String> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }
}
