package org.rapporteur.query.console;

import org.rapporteur.text.States;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** States as the console offers them: by name, from the meeting's participants (or all States before any are registered). */
public final class StateNames {

    private StateNames() {
    }

    public static String name(String code) {
        return code == null ? "" : States.name(code);
    }

    public static List<FormField.Option> options(Collection<String> codes) {
        List<FormField.Option> options = new ArrayList<>();
        for (String code : codes.isEmpty() ? States.all().keySet() : codes) {
            options.add(new FormField.Option(code, name(code)));
        }
        options.sort(Comparator.comparing(FormField.Option::label));
        return options;
    }
}
