package org.rapporteur.events.corrections;

import org.rapporteur.events.MeetingEvent;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The public names of the kinds of action, as a correction needs them to name the kind it corrects. The catalogue
 * provides them (a service, so that the catalogue, which lists corrections among the kinds, is not needed here).
 */
public interface KindNames {

    /** The public name of a kind; fails for a type that is not one. */
    String name(Class<?> type);

    Optional<Class<? extends MeetingEvent>> type(String name);

    /** The catalogue's names. */
    static KindNames catalogue() {
        return Catalogue.NAMES;
    }

    final class Catalogue {
        private static final KindNames NAMES = ServiceLoader.load(KindNames.class, KindNames.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no catalogue of kinds on the class path"));

        private Catalogue() {
        }
    }
}
