package org.rapporteur.command.actions;

import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingConvened;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every family of actions, derived from the {@link Actions} catalogue by the package of each event: a new kind of
 * event is recorded under its package's path without new code here.
 */
public final class ActionFamilies {

    /** Paths that read better than the package name; any other family is recorded under its package name. */
    private static final Map<String, String> PATHS = Map.of("meeting", "sessions", "participation", "participants",
            "subsidiary", "working-bodies", "experts", "expert-bodies");

    private static final Map<String, ActionFamily> BY_PATH = new LinkedHashMap<>();

    static {
        Map<String, List<Class<? extends MeetingEvent>>> byIdea = new LinkedHashMap<>();
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            if (type != MeetingConvened.class) {
                byIdea.computeIfAbsent(idea(type), k -> new ArrayList<>()).add(type);
            }
        }
        byIdea.forEach((idea, kinds) -> {
            String path = PATHS.getOrDefault(idea, idea);
            BY_PATH.put(path, new ActionFamily(path, idea, List.copyOf(kinds)));
        });
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

    private static String idea(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }
}
