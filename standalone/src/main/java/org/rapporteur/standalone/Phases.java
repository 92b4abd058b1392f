package org.rapporteur.standalone;

import java.io.PrintStream;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * With {@code -Drapporteur.phases=true}, how long each part of a command took since the JVM started, on standard
 * error: how the start-up figures in docs/benchmarks.md were taken apart.
 */
final class Phases {

    private static final boolean SHOWN = Boolean.getBoolean("rapporteur.phases");
    private static long last = -1;

    private Phases() {
    }

    static boolean shown() {
        return SHOWN;
    }

    /** The slowest beans of a start-up (each with what it created on the way) and the start-up's own steps. */
    static void startup(PrintStream err, StartupTimeline timeline, int slowest) {
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        events.stream()
                .filter(e -> !e.getStartupStep().getName().equals("spring.beans.instantiate"))
                .filter(e -> e.getDuration().toMillis() >= 50)
                .forEach(e -> err.printf("step %-60s %6d ms%n", e.getStartupStep().getName(), e.getDuration().toMillis()));
        // a bean's own time: its creation less the beans it created on the way
        Map<Long, Long> children = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            if (e.getStartupStep().getParentId() != null) {
                children.merge(e.getStartupStep().getParentId(), e.getDuration().toMillis(), Long::sum);
            }
        }
        events.stream()
                .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(slowest)
                .forEach(e -> err.printf("bean %-60s %6d ms, %6d ms its own%n", beanName(e), e.getDuration().toMillis(),
                        e.getDuration().toMillis() - children.getOrDefault(e.getStartupStep().getId(), 0L)));
    }

    /**
     * The beans no other bean created (made by the context itself, as the web server or the singletons are made), in
     * the order they were begun, each with its start since the first and its whole time: what could be made elsewhere.
     */
    static void roots(PrintStream err, StartupTimeline timeline) {
        Map<Long, String> names = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            names.put(e.getStartupStep().getId(), e.getStartupStep().getName());
        }
        long first = timeline.getStartTime().toEpochMilli();
        timeline.getEvents().stream()
                .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                .filter(e -> !"spring.beans.instantiate".equals(names.get(e.getStartupStep().getParentId())))
                .filter(e -> e.getDuration().toMillis() >= 5)
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getStartTime))
                .forEach(e -> err.printf("root %-60s at %6d ms, %6d ms%n", beanName(e),
                        e.getStartTime().toEpochMilli() - first, e.getDuration().toMillis()));
    }

    private static String beanName(StartupTimeline.TimelineEvent event) {
        for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
            if (tag.getKey().equals("beanName")) {
                return tag.getValue();
            }
        }
        return "?";
    }

    static void mark(PrintStream err, String phase) {
        if (!SHOWN) {
            return;
        }
        long now = System.nanoTime();
        long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
        err.printf("phase %-28s %6d ms since the JVM started, %5d ms this phase%n", phase, sinceStart,
                last < 0 ? sinceStart : (now - last) / 1_000_000);
        last = now;
    }
}
