package org.rapporteur.query.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** English short names of States from their ISO 3166 alpha-3 codes. */
public final class StateNames {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            NAMES.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
    }

    private StateNames() {
    }

    public static String name(String code) {
        if (code == null) {
            return "";
        }
        return NAMES.getOrDefault(code.trim().toUpperCase(Locale.ROOT), code);
    }

    public static List<FormField.Option> options(Collection<String> codes) {
        List<FormField.Option> options = new ArrayList<>();
        for (String code : codes.isEmpty() ? NAMES.keySet() : codes) {
            options.add(new FormField.Option(code, name(code)));
        }
        options.sort(Comparator.comparing(FormField.Option::label));
        return options;
    }
}
