package org.rapporteur.standalone;

import java.util.ArrayList;
import java.util.List;

/** The {@code --name=value} Spring properties a command that starts the application passes through. */
final class SpringArguments {

    private SpringArguments() {
    }

    static String[] of(StoreOptions store, List<String> passed) {
        List<String> all = new ArrayList<>(List.of(store.springArguments()));
        for (String argument : passed == null ? List.<String>of() : passed) {
            if (!(argument.startsWith("--") && argument.indexOf('=') > 2) && !argument.equals("--debug")) {
                throw new Rapporteur.InvalidInput("unknown option or argument '" + argument
                        + "' (Spring properties are passed as --name=value)");
            }
            if (argument.startsWith("--rapporteur.mongo.")) {
                // Spring would join it with the store's own value ("data,/x"): the store is chosen by the options
                throw new Rapporteur.InvalidInput("'" + argument.substring(0, argument.indexOf('='))
                        + "' is set by --data, --mongo-uri and --database; use those");
            }
            all.add(argument);
        }
        return all.toArray(String[]::new);
    }
}
