package org.rapporteur.query.console;

import org.rapporteur.text.States;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** States as the console offers them: every State of {@code states.tsv}, by name; a name or a code is understood. */
public final class StateNames {

    private static final List<FormField.Option> ALL = all();

    private StateNames() {
    }

    public static String name(String code) {
        return code == null ? "" : States.name(code);
    }

    public static List<FormField.Option> options() {
        return ALL;
    }

    /** The code of the State named or coded {@code text} (any case), if there is one. */
    public static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (States.State state : States.all().values()) {
            if (state.code().toLowerCase(Locale.ROOT).equals(wanted) || state.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || state.shortName() != null && state.shortName().toLowerCase(Locale.ROOT).equals(wanted)
                    || state.runningName() != null && state.runningName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(state.code());
            }
        }
        return Optional.empty();
    }

    private static List<FormField.Option> all() {
        List<FormField.Option> options = new ArrayList<>();
        for (States.State state : States.all().values()) {
            options.add(new FormField.Option(state.code(), state.name()));
        }
        options.sort(Comparator.comparing(FormField.Option::label));
        return List.copyOf(options);
    }
}
