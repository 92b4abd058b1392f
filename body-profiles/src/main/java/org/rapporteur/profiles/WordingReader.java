package org.rapporteur.profiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code {lang: {message-key: pattern}}}, keeping each pattern's line; the patterns are checked later. */
final class WordingReader extends JsonDeserializer<Wording> {

    @Override
    public Wording deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            throw JsonMappingException.from(p, "wording is {language: {message-key: pattern}}");
        }
        Map<String, Map<String, Wording.Phrase>> byLanguage = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String language = p.currentName();
            Languages.require(p, language);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw JsonMappingException.from(p, "wording." + language + " is {message-key: pattern}");
            }
            Map<String, Wording.Phrase> phrases = new LinkedHashMap<>();
            for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                String key = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    throw JsonMappingException.from(p, "the wording of '" + key + "' must be a text");
                }
                phrases.put(key, new Wording.Phrase(p.getText(), p.currentTokenLocation().getLineNr()));
            }
            byLanguage.put(language, phrases);
        }
        return new Wording(byLanguage);
    }
}
