package org.rapporteur.events.catalogue;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.KindNames;

import java.util.Optional;

/** The catalogue's names, for corrections (a service: META-INF/services). */
public final class CatalogueNames implements KindNames {

    @Override
    public String name(Class<?> type) {
        return Actions.catalogued(type).orElseThrow(() -> new IllegalArgumentException(type.getName()
                + " is not a kind of action of the catalogue"));
    }

    @Override
    public Optional<Class<? extends MeetingEvent>> type(String name) {
        return Actions.byName(name);
    }
}
