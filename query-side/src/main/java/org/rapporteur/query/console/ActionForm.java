package org.rapporteur.query.console;

import java.util.List;

/**
 * A console form for one kind of action: its fields, the idempotency key of this rendering ({@code commandId}),
 * the outcome of the last submission (a problem to show, or what was recorded) and the element it lives in
 * ({@code container}: the recording panel, or a correction beside its timeline entry).
 */
public record ActionForm(String kind, String title, String postTo, String commandId, List<FormField> fields,
                         String problem, String recorded, String container, String submitLabel) {

    public static final String PANEL = "action-form";

    public boolean hasErrors() {
        return problem != null || fields.stream().anyMatch(FormField::hasErrors);
    }

    /** How many fields have a problem, for the summary at the top of the form. */
    public long problemCount() {
        return count(fields);
    }

    private static long count(List<FormField> fields) {
        long count = 0;
        for (FormField field : fields) {
            count += field.error() == null ? 0 : 1;
            count += count(field.children());
            for (List<FormField> row : field.rows()) {
                count += count(row);
            }
        }
        return count;
    }

    public boolean inline() {
        return !PANEL.equals(container);
    }
}
