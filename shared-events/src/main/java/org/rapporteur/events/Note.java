package org.rapporteur.events;

import jakarta.validation.Valid;

import java.util.List;

/** What a footnote cites: a document, a list of States (ISO alpha-3), or both; it becomes a footnote in the report. */
public record Note(@Valid DocumentReference reference, List<String> states) {
}
