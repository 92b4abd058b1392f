package org.rapporteur.events;

import jakarta.validation.Valid;

import java.util.List;

/**
 * What a footnote cites: a document, or who (States as ISO alpha-3 codes, organisations by name) submitted something;
 * it becomes a footnote in the report.
 */
public record Note(@Valid DocumentReference reference, List<StateCode> states, List<String> organisations) {
}
