package org.rapporteur.command.actions;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.catalogue.Family;
import org.rapporteur.events.meeting.MeetingConvened;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every family of actions the command side records at {@code /api/meetings/{id}/<family>}: the {@link Actions}
 * catalogue's families, each with its kinds (convening, which creates the meeting, is {@code POST /api/meetings}).
 */
public final class ActionFamilies {

    private static final Map<String, ActionFamily> BY_PATH = new LinkedHashMap<>();

    static {
        for (Family family : Actions.families()) {
            List<Class<? extends MeetingEvent>> kinds = Actions.kinds(family).stream()
                    .filter(type -> type != MeetingConvened.class).toList();
            BY_PATH.put(family.name(), new ActionFamily(family.name(), family.about(), kinds));
        }
    }

    private ActionFamilies() {
    }

    public static List<ActionFamily> all() {
        return List.copyOf(BY_PATH.values());
    }

    public static Optional<ActionFamily> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    public static List<String> paths() {
        return List.copyOf(BY_PATH.keySet());
    }
}
