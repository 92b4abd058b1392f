package org.rapporteur.events.decisions;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/** An annex to a decision: its title and its text as adopted (paragraphs), or the document that contains it. */
public record Annex(@NotBlank String title, List<@NotBlank String> paragraphs, DocumentSymbol documentSymbol) {
}
