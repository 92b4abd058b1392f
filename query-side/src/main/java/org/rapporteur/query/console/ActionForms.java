package org.rapporteur.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.rapporteur.events.EventJson;
import org.rapporteur.facts.StrictFacts;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form for any kind of action, shaped by its event record and described in {@code console/forms.yaml}: blank with
 * the meeting's defaults, filled with facts already logged (for a correction), or read back from what was
 * submitted, every field's problem found at once and placed next to its field.
 */
@Component
@Lazy
public class ActionForms {

    private final ObjectMapper json = EventJson.mapper();
    private final Validator validator;
    private final FormDescriptions descriptions = FormDescriptions.load();
    private final FormSchema schema = new FormSchema(descriptions);

    public ActionForms(Validator validator) {
        this.validator = validator;
    }

    /** The outcome of reading a submitted form: the facts, or the form with its problems and what was typed. */
    public record Reading<T>(T value, List<FormField> fields, String problem) {
        public boolean valid() {
            return value != null;
        }
    }

    public FormDescriptions descriptions() {
        return descriptions;
    }

    /** The title of a kind's form, in the secretariat's words. */
    public String title(String kind) {
        String title = descriptions.kind(kind).title();
        return title != null ? title : FormSchema.words(kind);
    }

    public List<FormField> blank(Class<?> type, FormContext context) {
        String kind = Actions.name(type);
        return schema.fields(kind, type, "", "", 0, null, true, context);
    }

    /** The form filled with the facts of an action already logged, for a correction. */
    public List<FormField> filled(MeetingEvent facts, FormContext context) {
        String kind = Actions.name(facts.getClass());
        return schema.fields(kind, facts.getClass(), "", "", 0, json.valueToTree(facts), false, context);
    }

    public <T> Reading<T> read(Class<T> type, Map<String, String[]> parameters, FormContext context) {
        String kind = Actions.name(type);
        FormReader reader = new FormReader(schema, kind, parameters, context);
        ObjectNode tree = reader.read(type);
        Map<String, String> problems = new LinkedHashMap<>(reader.problems);
        List<FormField> fields = schema.fields(kind, type, "", "", 0, tree, false, context);
        if (!problems.isEmpty()) {
            return problems(fields, problems);
        }
        StrictFacts.Reading<T> strict = StrictFacts.reading(tree, type);
        strict.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        T value = strict.value();
        if (value == null) {
            return problems(fields, problems);
        }
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            problems.merge(violation.getPropertyPath().toString(), Messages.of(violation), (a, b) -> a + " " + b);
        }
        return problems.isEmpty() ? new Reading<>(value, fields, null) : problems(fields, problems);
    }

    /** Attaches problems (by path of the fact) to their fields; what fits no field becomes the form's problem. */
    public <T> Reading<T> problems(List<FormField> fields, Map<String, String> problems) {
        List<String> unplaced = new ArrayList<>();
        List<FormField> marked = fields;
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            List<FormField> attempt = attach(marked, problem.getKey(), problem.getValue());
            if (attempt == null) {
                unplaced.add(Messages.unplaced(problem.getKey(), problem.getValue()));
            } else {
                marked = attempt;
            }
        }
        return new Reading<>(null, marked, unplaced.isEmpty() ? null : String.join(" ", unplaced));
    }

    /** {@code fields} with the message on the field at {@code path} (or the nearest field holding it), or null. */
    private static List<FormField> attach(List<FormField> fields, String path, String message) {
        String wanted = path;
        while (!wanted.isEmpty()) {
            List<FormField> done = attachExactly(fields, wanted, message);
            if (done != null) {
                return done;
            }
            int cut = Math.max(wanted.lastIndexOf('.'), wanted.lastIndexOf('['));
            wanted = cut < 0 ? "" : wanted.substring(0, cut);
        }
        return null;
    }

    private static List<FormField> attachExactly(List<FormField> fields, String name, String message) {
        List<FormField> changed = new ArrayList<>(fields);
        for (int i = 0; i < changed.size(); i++) {
            FormField field = changed.get(i);
            if (field.name().equals(name)) {
                changed.set(i, field.withError(message));
                return changed;
            }
            if (name.startsWith(field.name() + ".") || name.startsWith(field.name() + "[")) {
                if (field.widget() == FormField.Widget.GROUP) {
                    List<FormField> children = attachExactly(field.children(), name, message);
                    if (children != null) {
                        changed.set(i, field.withChildren(children));
                        return changed;
                    }
                } else if (field.widget() == FormField.Widget.LIST) {
                    List<List<FormField>> rows = new ArrayList<>(field.rows());
                    for (int r = 0; r < rows.size(); r++) {
                        List<FormField> row = attachExactly(rows.get(r), name, message);
                        if (row != null) {
                            rows.set(r, row);
                            changed.set(i, field.withRows(rows));
                            return changed;
                        }
                    }
                }
            }
        }
        return null;
    }

    static JsonNode none() {
        return null;
    }
}
