package org.rapporteur.profiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@link Localized}: a map from ISO 639 language codes to non-blank texts. */
final class LocalizedReader extends JsonDeserializer<Localized> {

    @Override
    public Localized deserialize(JsonParser p, DeserializationContext context) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        Map<String, String> texts = readLanguages(p, "a text in each language, such as {en: ..., fr: ...}");
        return new Localized(texts, line);
    }

    /** Reads {@code {lang: text, ...}} where the parser stands on its start. */
    static Map<String, String> readLanguages(JsonParser p, String expected) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            throw JsonMappingException.from(p, "expected " + expected);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String language = p.currentName();
            Languages.require(p, language);
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                throw JsonMappingException.from(p, "the text in '" + language + "' must be a non-blank string");
            }
            if (texts.put(language, p.getText()) != null) {
                throw JsonMappingException.from(p, "language '" + language + "' given twice");
            }
        }
        return texts;
    }
}
