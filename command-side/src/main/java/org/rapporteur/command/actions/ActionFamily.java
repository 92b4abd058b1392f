package org.rapporteur.command.actions;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;

import java.util.List;
import java.util.Optional;

/**
 * The actions recorded under one path, such as {@code /agenda}: the kinds of one family of the catalogue.
 *
 * @param about what its kinds record ({@link org.rapporteur.events.catalogue.Family#about()})
 */
public record ActionFamily(String path, String about, List<Class<? extends MeetingEvent>> kinds) {

    public List<String> kindNames() {
        return kinds.stream().map(Actions::name).toList();
    }

    public Optional<Class<? extends MeetingEvent>> kind(String name) {
        return kinds.stream().filter(type -> Actions.name(type).equals(name)).findFirst();
    }
}
