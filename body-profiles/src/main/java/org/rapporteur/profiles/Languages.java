package org.rapporteur.profiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.Locale;
import java.util.Set;

/** Language codes a profile may use: ISO 639-1 (en, fr, es, ar, ru, zh ...). */
final class Languages {

    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    static boolean known(String code) {
        return ISO.contains(code);
    }

    static void require(JsonParser p, String code) throws JsonMappingException {
        if (!known(code)) {
            throw JsonMappingException.from(p, "'" + code + "' is not an ISO 639 language code");
        }
    }
}
