package org.rapporteur.query.console;

import java.util.List;
import java.util.Set;

/**
 * One input of a console form. {@code name} is the path of the fact ("moment.date", "venue.city");
 * {@code value}/{@code values} are what the form shows (the default, or what the user typed);
 * {@code error} is the server's message for this field.
 */
public record FormField(String name, String label, Widget widget, List<Option> options, String value,
                        Set<String> values, boolean required, String hint, String error) {

    public enum Widget { TEXT, NUMBER, DATE, TIME, CHECKBOX, SELECT, MULTISELECT, LINES, SYMBOL, JSON }

    public record Option(String value, String label) {
    }

    public String id() {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    public boolean selected(String option) {
        return values != null && values.contains(option) || option.equals(value);
    }

    public boolean checked() {
        return "true".equals(value) || "on".equals(value);
    }

    FormField with(String newValue, Set<String> newValues) {
        return new FormField(name, label, widget, options, newValue, newValues, required, hint, error);
    }

    FormField withError(String message) {
        return new FormField(name, label, widget, options, value, values, required, hint,
                error == null ? message : error + "; " + message);
    }
}
