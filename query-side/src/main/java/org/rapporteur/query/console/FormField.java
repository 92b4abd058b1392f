package org.rapporteur.query.console;

import java.util.List;

/**
 * One input of a console form, or a group of them. {@code name} is the path of the fact as submitted
 * ("moment.date", "sentences[0].clauses[1].verb"); {@code value}/{@code values} are what the form shows (the
 * default, or what was typed); {@code error} is the message for this field in the secretariat's words.
 * A GROUP holds {@code children}; a LIST holds {@code rows} of children and a {@code blank} row to add more.
 */
public record FormField(String name, String label, Widget widget, List<Option> options, String value,
                        List<String> values, boolean required, String hint, String error, List<FormField> children,
                        List<List<FormField>> rows, List<FormField> blank, String placeholder, List<Option> offers,
                        boolean advanced) {

    public enum Widget {
        TEXT, LONGTEXT, NUMBER, DATE, TIME, CHECKBOX, SELECT,
        /** one of many offered (States, documents, persons), typed ahead; a code or a name may be given */
        ONE,
        /** several of many offered, in the order chosen */
        MANY,
        /** one text per line */
        LINES,
        GROUP, LIST
    }

    /** An offered value: {@code value} is submitted, {@code label} shown, {@code detail} a hint (a person's facts). */
    public record Option(String value, String label, String detail) {
        public Option(String value, String label) {
            this(value, label, null);
        }

        /** The detail as a reader sees it beside the option (a person's facts are for the page's script). */
        public String note() {
            return detail == null || detail.startsWith("{") ? null : detail;
        }
    }

    static FormField input(String name, String label, Widget widget, List<Option> options, boolean required) {
        return new FormField(name, label, widget, options, null, List.of(), required, null, null, List.of(), List.of(),
                List.of(), null, List.of(), false);
    }

    public String id() {
        return "f-" + name.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("-$", "");
    }

    /** The id of the list of options a type-ahead input offers. */
    public String listId() {
        return offersStates() ? "offers-states" : id() + "-offers";
    }

    public boolean selected(String option) {
        return values != null && values.contains(option) || option.equals(value);
    }

    public boolean checked() {
        return "true".equals(value) || "on".equals(value);
    }

    /** The label shown for a value of a picker: the option's label, or the value as typed. */
    public String labelOf(String chosen) {
        for (Option option : options) {
            if (option.value().equals(chosen)) {
                return option.label();
            }
        }
        return chosen;
    }

    /** Whether a picker offers every State (one list on the page serves them all). */
    public boolean offersStates() {
        return options == StateNames.options();
    }

    /** A handful of fixed choices, offered as buttons rather than typed ahead. */
    public boolean fewChoices() {
        return !offersStates() && !options.isEmpty() && options.size() <= 8;
    }

    /** The token standing for a new row's index in this list's blank row. */
    public String token() {
        return FormSchema.token((int) name.chars().filter(c -> c == '[').count());
    }

    /** Whether the "more" part of these fields should be open: one of them is filled or has a problem. */
    public boolean moreOpen(List<FormField> fields) {
        for (FormField field : fields) {
            if (field.advanced && (field.hasErrors() || field.value != null && !field.value.isBlank()
                    && !"false".equals(field.value) || !field.values.isEmpty() || !field.rows.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    public boolean hasErrors() {
        return error != null || children.stream().anyMatch(FormField::hasErrors)
                || rows.stream().flatMap(List::stream).anyMatch(FormField::hasErrors);
    }

    /** The LIST's index for a row added in the browser. */
    public int nextRow() {
        return rows.size();
    }

    FormField withValue(String newValue) {
        return new FormField(name, label, widget, options, newValue, values, required, hint, error, children, rows,
                blank, placeholder, offers, advanced);
    }

    FormField withValues(List<String> newValues) {
        return new FormField(name, label, widget, options, value, List.copyOf(newValues), required, hint, error,
                children, rows, blank, placeholder, offers, advanced);
    }

    FormField withChildren(List<FormField> newChildren) {
        return new FormField(name, label, widget, options, value, values, required, hint, error, List.copyOf(newChildren),
                rows, blank, placeholder, offers, advanced);
    }

    FormField withRows(List<List<FormField>> newRows) {
        return new FormField(name, label, widget, options, value, values, required, hint, error, children,
                List.copyOf(newRows), blank, placeholder, offers, advanced);
    }

    FormField described(String newLabel, String newHint, String newPlaceholder, List<Option> newOffers,
                        boolean isAdvanced, List<Option> newOptions) {
        return new FormField(name, newLabel, widget, newOptions, value, values, required, newHint, error, children,
                rows, blank, newPlaceholder, newOffers, isAdvanced);
    }

    FormField withBlank(List<FormField> newBlank) {
        return new FormField(name, label, widget, options, value, values, required, hint, error, children, rows,
                List.copyOf(newBlank), placeholder, offers, advanced);
    }

    FormField withError(String message) {
        return new FormField(name, label, widget, options, value, values, required, hint,
                error == null ? message : error + " " + message, children, rows, blank, placeholder, offers, advanced);
    }
}
