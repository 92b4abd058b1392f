package org.rapporteur.query.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.events.MeetingEvent;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What is read of each event of a meeting's history, read once for every view, the timeline and the registers that ask:
 * its JSON tree, the States and documents it names, its facts as a map, its one-line description. Kept with the history
 * and handed on to the histories made from it (extended by a live batch, or cut as of a point), which hold the same
 * event objects; so a batch reads only its own events. Events are told apart by identity, as a correction's facts may
 * equal the original's.
 */
public final class EventReadings {

    private final Map<MeetingEvent, Reading> read = new IdentityHashMap<>();

    /** One event's readings, each made on first use; made twice at once, it reads the same. */
    private static final class Reading {
        volatile ObjectNode tree;
        volatile List<String> states;
        volatile List<String> documents;
        volatile Map<String, Object> facts;
        volatile String description;
    }

    private Reading reading(MeetingEvent event) {
        synchronized (read) {
            return read.computeIfAbsent(event, e -> new Reading());
        }
    }

    /** The event's components as stored, without its moment; shared, so never to be modified. */
    public ObjectNode tree(MeetingEvent event) {
        Reading reading = reading(event);
        ObjectNode tree = reading.tree;
        if (tree == null) {
            tree = EventFacts.freshTree(event);
            reading.tree = tree;
        }
        return tree;
    }

    /** Every State the action names ({@link EventFacts#states}). */
    public List<String> states(MeetingEvent event) {
        Reading reading = reading(event);
        List<String> states = reading.states;
        if (states == null) {
            states = EventFacts.states(tree(event));
            reading.states = states;
        }
        return states;
    }

    /** The symbols of the documents the action is about ({@link EventFacts#documents}). */
    public List<String> documents(MeetingEvent event) {
        Reading reading = reading(event);
        List<String> documents = reading.documents;
        if (documents == null) {
            documents = EventFacts.documents(tree(event));
            reading.documents = documents;
        }
        return documents;
    }

    /** The event's components without its moment, as a map; shared, so never to be modified. */
    public Map<String, Object> facts(MeetingEvent event) {
        Reading reading = reading(event);
        Map<String, Object> facts = reading.facts;
        if (facts == null) {
            facts = java.util.Collections.unmodifiableMap(EventFacts.map(tree(event)));
            reading.facts = facts;
        }
        return facts;
    }

    /** The event's description as {@code describe} words it (the same for every event of the meeting), made once. */
    public String description(MeetingEvent event, Function<MeetingEvent, String> describe) {
        Reading reading = reading(event);
        String description = reading.description;
        if (description == null) {
            description = describe.apply(event);
            reading.description = description;
        }
        return description;
    }
}
