package org.rapporteur.command.scenario;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.facts.FactFields;
import org.rapporteur.text.Marks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the texts of a scenario file refer to must exist: documents submitted and organisations registered earlier in
 * the file, the notes of a sentence.
 */
final class ScenarioReferences {

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

    /**
     * The texts within facts already read (every text the one walker of facts finds) name only documents submitted
     * and organisations registered earlier in the file. States, in their fields and in placeholders, are checked by
     * the strict reading of the facts, by the State's own type.
     */
    void checkTexts(Object facts, String at) {
        FactFields.walk(facts, (path, name, value) -> {
            if (!(value instanceof String text)) {
                return;
            }
            for (Marks.Mark mark : Marks.in(text)) {
                String named = mark.argument() == null ? null : mark.argument().trim();
                if (named == null || named.isEmpty()) {
                    continue;
                }
                if (mark.name().equals("title") && !documents.contains(named)) {
                    throw fail(at + "/" + Scenario.pointer(path), mark.written() + " names no document submitted earlier in the file");
                } else if (mark.name().equals("org") && !organisations.contains(named)) {
                    throw fail(at + "/" + Scenario.pointer(path), mark.written() + " names no organisation registered earlier in the file");
                }
            }
        });
    }

    private ScenarioException fail(String pointer, String reason) {
        return fail.apply(pointer, reason);
    }
}
