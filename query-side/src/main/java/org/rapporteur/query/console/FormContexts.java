package org.rapporteur.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.query.documents.DocumentRegister;
import org.rapporteur.query.documents.RegisteredDocument;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.participants.Participation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form context of a meeting as it stands: its board's defaults and what its pickers offer. */
final class FormContexts {

    private FormContexts() {
    }

    static FormContext of(MeetingHistory history, MeetingBoard board, Clock clock) {
        List<FormField.Option> items = new ArrayList<>();
        for (MeetingBoard.AgendaLine line : board.agenda()) {
            items.add(new FormField.Option(line.number(), line.number() + ". " + line.title()));
        }
        Map<String, List<FormField.Option>> offered = new LinkedHashMap<>();
        List<FormField.Option> documents = new ArrayList<>();
        for (RegisteredDocument document : DocumentRegister.of(history).documents()) {
            if (!document.withdrawn()) {
                documents.add(new FormField.Option(document.symbol(), document.symbol(), document.title()));
            }
        }
        offered.put("documents", documents);
        offered.put("organisations", organisations(history));
        offered.put("organisation-keys", Participation.of(history).categories().stream()
                .flatMap(c -> c.organisations().stream()).distinct()
                .map(o -> new FormField.Option(o.key(), o.name())).toList());
        offered.put("persons", persons(history));
        offered.putAll(BodyTerms.of(history));
        return new FormContext(board.openSession(), board.openSession() != null ? board.openSessionDate() : lastDate(history),
                board.lastSession() + 1, board.currentItem(), LocalDate.now(clock), LocalTime.now(clock), items, offered);
    }

    /** The meeting clock's date of the last action logged: where the secretary most likely is. */
    private static LocalDate lastDate(MeetingHistory history) {
        for (int i = history.events().size() - 1; i >= 0; i--) {
            var moment = history.events().get(i).event().moment();
            if (moment != null && moment.date() != null) {
                return moment.date();
            }
        }
        return null;
    }

    /** A context with no meeting yet (convening). */
    static FormContext none(Clock clock) {
        Map<String, List<FormField.Option>> offered = new LinkedHashMap<>(
                Map.of("documents", List.of(), "organisations", List.of(), "persons", List.of()));
        offered.put("organisations", KNOWN_ORGANISATIONS.stream()
                .map(known -> organisation(known[0], known[2], known[1])).toList());
        offered.putAll(BodyTerms.forConvening());
        return new FormContext(null, null, 1, null, LocalDate.now(clock), LocalTime.now(clock), List.of(), offered);
    }

    /** The organisations the meeting registered, then every organisation of the console's list. */
    private static List<FormField.Option> organisations(MeetingHistory history) {
        Map<String, FormField.Option> byName = new LinkedHashMap<>();
        for (Participation.Category category : Participation.of(history).categories()) {
            category.organisations().forEach(o -> byName.putIfAbsent(o.name(), organisation(o.key(), o.name(), o.acronym())));
        }
        for (String[] known : KNOWN_ORGANISATIONS) {
            byName.putIfAbsent(known[2], organisation(known[0], known[2], known[1]));
        }
        return List.copyOf(byName.values());
    }

    /** An organisation offered by name; what the page fills in beside the name when it is chosen. */
    private static FormField.Option organisation(String key, String name, String acronym) {
        var facts = org.rapporteur.events.EventJson.mapper()
                .valueToTree(new org.rapporteur.events.participation.Organisation(key, name, acronym));
        return new FormField.Option(name, acronym == null || acronym.equals(name) ? name : name + " (" + acronym + ")",
                facts.toString());
    }

    private static final List<String[]> KNOWN_ORGANISATIONS = known();

    private static List<String[]> known() {
        try (var in = FormContexts.class.getResourceAsStream("/console/organisations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("console/organisations.tsv is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .filter(fields -> fields.length == 3).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Everyone the meeting's actions name: a name with an honorific, a position or a pronoun. */
    private static List<FormField.Option> persons(MeetingHistory history) {
        Map<String, FormField.Option> byName = new LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            collect(EventFacts.tree(action.facts()), byName);
        }
        return List.copyOf(byName.values());
    }

    private static void collect(JsonNode node, Map<String, FormField.Option> persons) {
        if (node.isObject()) {
            if (node.path("name").isTextual() && (node.has("honorific") || node.has("pronoun") || node.has("position"))
                    && !node.has("key")) {
                String name = node.get("name").asText();
                persons.putIfAbsent(name, new FormField.Option(name, name, node.toString()));
            }
            node.forEach(child -> collect(child, persons));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, persons));
        }
    }
}
