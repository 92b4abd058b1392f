package org.rapporteur.command.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.text.Marks;
import org.rapporteur.text.States;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the texts of a scenario file refer to must exist: States by their code, documents submitted and organisations
 * registered earlier in the file, the notes of a sentence.
 */
final class ScenarioReferences {

    private static final Set<String> STATE_FIELDS = Set.of("state", "states", "requestingState", "presentedBy",
            "coordinators", "speakingState", "inFavour", "against", "abstaining", "absent", "newMembers",
            "concernsState", "nominatedBy");

    private final Set<String> documents = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    /** The failure at a pointer of the file, with its line. */
    private final BiFunction<String, String, ScenarioException> fail;

    ScenarioReferences(BiFunction<String, String, ScenarioException> fail) {
        this.fail = fail;
    }

    /** What an action recorded makes referable to the actions after it. */
    void recorded(MeetingEvent event) {
        if (event instanceof DocumentSubmitted d) {
            documents.add(d.symbol().text());
        } else if (event instanceof ParticipantsRegistered r && r.organisations() != null) {
            r.organisations().forEach(o -> organisations.add(o.key()));
        }
    }

    /** Every {fn:N} must name one of the notes of its sentence (or the basis note of estimated costs). */
    void checkNotes(MeetingEvent event, String at) {
        List<org.rapporteur.events.decisions.Sentence> sentences = new ArrayList<>();
        if (event instanceof org.rapporteur.events.decisions.DecisionAdopted d) {
            sentences.addAll(d.sentences());
        } else if (event instanceof org.rapporteur.events.decisions.ExtensionRequestGranted g && g.observations() != null) {
            g.observations().forEach(o -> sentences.addAll(o.sentences() == null ? List.of() : o.sentences()));
        } else if (event instanceof org.rapporteur.events.decisions.EstimatedCostsAdopted c && c.basis() != null) {
            notesNamed(c.basis(), c.basisNote() == null ? 0 : 1, at);
        }
        for (org.rapporteur.events.decisions.Sentence sentence : sentences) {
            int notes = sentence.notes() == null ? 0 : sentence.notes().size();
            if (sentence.lead() != null) {
                notesNamed(sentence.lead(), notes, at);
            }
            sentence.clauses().forEach(c -> {
                if (c.text() != null) {
                    notesNamed(c.text(), notes, at);
                }
            });
        }
    }

    private void notesNamed(String text, int notes, String at) {
        for (Marks.Mark mark : Marks.in(text)) {
            if (!mark.name().equals("fn") || mark.argument() == null || !mark.argument().matches("\\d+")) {
                continue;
            }
            int n = Integer.parseInt(mark.argument());
            if (n < 1 || n > notes) {
                throw fail(at, "{fn:" + n + "} names no note: its sentence has " + notes + " note" + (notes == 1 ? "" : "s"));
            }
        }
    }

    void checkStates(JsonNode node, String at) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = at + "/" + field.getKey();
                if (STATE_FIELDS.contains(field.getKey())) {
                    JsonNode value = field.getValue();
                    if (value.isTextual()) {
                        knownState(value.asText(), child);
                    } else if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            if (value.get(i).isTextual()) {
                                knownState(value.get(i).asText(), child + "/" + i);
                            }
                        }
                    }
                }
                checkStates(field.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkStates(node.get(i), at + "/" + i);
            }
        } else if (node.isTextual()) {
            for (Marks.Mark mark : Marks.in(node.asText())) {
                String named = mark.argument() == null ? null : mark.argument().trim();
                if (Marks.STATE.contains(mark.name()) && mark.argument() != null && mark.argument().matches("[A-Za-z]{3}")) {
                    knownState(mark.argument(), at);
                } else if (mark.name().equals("title") && named != null && !named.isEmpty() && !documents.contains(named)) {
                    throw fail(at, mark.written() + " names no document submitted earlier in the file");
                } else if (mark.name().equals("org") && named != null && !named.isEmpty() && !organisations.contains(named)) {
                    throw fail(at, mark.written() + " names no organisation registered earlier in the file");
                }
            }
        }
    }

    private void knownState(String code, String at) {
        if (!States.known(code)) {
            throw fail(at, "'" + code + "' is not a State's ISO 3166 alpha-3 code in states.tsv");
        }
    }

    private ScenarioException fail(String pointer, String reason) {
        return fail.apply(pointer, reason);
    }
}
