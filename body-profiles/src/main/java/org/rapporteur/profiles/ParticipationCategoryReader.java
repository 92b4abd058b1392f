package org.rapporteur.profiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code {rule: "1.2", en: ..., fr: ...}}: {@code rule} and language codes are its only keys. */
final class ParticipationCategoryReader extends JsonDeserializer<ParticipationCategory> {

    @Override
    public ParticipationCategory deserialize(JsonParser p, DeserializationContext context) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        if (!p.isExpectedStartObjectToken()) {
            throw JsonMappingException.from(p, "expected a participation category {rule: ..., en: ..., fr: ...}");
        }
        String rule = null;
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_FLOAT
                    && value != JsonToken.VALUE_NUMBER_INT) {
                throw JsonMappingException.from(p, "'" + key + "' must be a text");
            }
            if (key.equals("rule")) {
                rule = p.getText();
            } else if (Languages.known(key)) {
                names.put(key, p.getText());
            } else {
                throw JsonMappingException.from(p, "unknown key '" + key
                        + "' in a participation category (known: rule and language codes such as en, fr)");
            }
        }
        if (names.isEmpty()) {
            throw JsonMappingException.from(p, "a participation category needs its name in each language");
        }
        return new ParticipationCategory(rule, new Localized(names, line));
    }
}
