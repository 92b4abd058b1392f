package org.rapporteur.query.console;

import java.util.List;

/**
 * A console form for one kind of action: its fields, the idempotency key of this rendering ({@code commandId}),
 * and the outcome of the last submission (a problem to show, or what was recorded).
 */
public record ActionForm(String kind, String title, String postTo, String commandId, List<FormField> fields,
                         String problem, String recorded) {

    public boolean hasErrors() {
        return problem != null || fields.stream().anyMatch(f -> f.error() != null);
    }
}
