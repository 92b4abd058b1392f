package org.rapporteur.command.actions;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.catalogue.PartNames;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.facts.FactFields;
import org.rapporteur.security.SchemaReferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place the schemas of actions are named. One schema per kind of action, named as the kind is
 * ({@code agenda-adopted}), and one per part of the facts, by the public name {@link PartNames} gives it
 * ({@code person}, {@code meeting-moment}): never after a Java class, so that moving or renaming a class leaves the
 * API as it is. Each kind's schema has
 * {@code kind} as a one-value enum so that a family's body, and a correction's corrected facts, are a {@code oneOf}
 * with {@code kind} as discriminator. The facts sit beside {@code kind}, or under {@code facts} for the kinds that
 * have a fact called kind themselves (such as a document's kind), the moment beside them.
 */
final class ActionSchemas {

    static final String REF = SchemaReferences.REF;
    /** The convening's body: the meeting's id and the facts of meeting-convened. */
    static final String CONVENING = "convene-meeting";
    /** The answer to a recorded action, and to a convening. */
    static final String RECORDED = "recorded-action";
    static final String CONVENED = "convened-meeting";
    /** Defaulted when absent: the moment is now, in the open plenary session (see the meeting's moment defaults). */
    private static final String MOMENT = "moment";

    static {
        ModelConverters.getInstance().addConverter(new ValueTypeSchemas());
    }

    private final Components components;
    private final Map<Class<? extends MeetingEvent>, String> names = new LinkedHashMap<>();

    ActionSchemas(Components components) {
        this.components = components;
        for (Class<? extends MeetingEvent> kind : Actions.all()) {
            names.put(kind, register(kind));
        }
        typeCorrections();
        components.addSchemas(CONVENING, convening());
        Schema<?> moment = components.getSchemas().get(PartNames.of(org.rapporteur.events.MeetingMoment.class));
        if (moment != null) {
            dropFromRequired(moment, "date");
        }
    }

    String name(Class<? extends MeetingEvent> kind) {
        return names.get(kind);
    }

    /** {@code oneOf} the kinds, told apart by {@code kind}. */
    ComposedSchema oneOf(List<Class<? extends MeetingEvent>> kinds) {
        ComposedSchema oneOf = new ComposedSchema();
        Discriminator discriminator = new Discriminator().propertyName("kind");
        for (Class<? extends MeetingEvent> kind : kinds) {
            oneOf.addOneOfItem(new Schema<>().$ref(REF + name(kind)));
            discriminator.mapping(Actions.name(kind), REF + name(kind));
        }
        return (ComposedSchema) oneOf.discriminator(discriminator);
    }

    /** Whether the kind's facts sit under {@code facts} rather than beside {@code kind}. */
    static boolean nested(Class<? extends MeetingEvent> kind) {
        return FactFields.named(kind, "kind").isPresent();
    }

    /** A kind's schema is named as the kind is, in requests and in the catalogue ({@code agenda-adopted}). */
    static String schemaName(String kindName) {
        return kindName;
    }

    private String register(Class<? extends MeetingEvent> kind) {
        Map<String, Schema> read = new LinkedHashMap<>(ModelConverters.getInstance().readAll(kind));
        // facts and their parts are input, read strictly: a field the schema does not name is refused
        read.values().stream().filter(schema -> schema.getProperties() != null).forEach(schema -> schema.additionalProperties(false));
        Schema<?> facts = read.remove(kind.getSimpleName());
        Map<String, String> renamed = publicNames(kind, read.keySet());
        read.values().forEach(part -> SchemaReferences.rename(part, renamed));
        SchemaReferences.rename(facts, renamed);
        read.forEach((part, schema) -> components.addSchemas(renamed.getOrDefault(part, part), schema));
        if (facts == null) {
            facts = new ObjectSchema();
        }
        dropFromRequired(facts, MOMENT);
        String kindName = Actions.name(kind);
        String name = schemaName(kindName);
        ObjectSchema action = new ObjectSchema();
        action.setDescription(facts.getDescription() != null ? facts.getDescription() : "The facts of " + kindName);
        action.addProperty("kind", new StringSchema()._enum(List.of(kindName)));
        action.addRequiredItem("kind");
        if (nested(kind)) {
            if (facts.getProperties() != null && facts.getProperties().containsKey(MOMENT)) {
                action.addProperty(MOMENT, facts.getProperties().remove(MOMENT));
            }
            components.addSchemas(name + ".facts", facts);
            action.addProperty("facts", new Schema<>().$ref(REF + name + ".facts"));
            action.addRequiredItem("facts");
        } else {
            if (facts.getProperties() != null) {
                facts.getProperties().forEach(action::addProperty);
            }
            if (facts.getRequired() != null) {
                facts.getRequired().forEach(action::addRequiredItem);
            }
        }
        action.additionalProperties(false);
        components.addSchemas(name, action);
        return name;
    }

    /**
     * The public names of a kind's parts by the names the schema reader gave them (their classes' simple names, which
     * two parts may share: a ceremony's speaker and a statement's); a part with no public name is a mistake to mend
     * here, not a schema to publish under its Java name.
     */
    private static Map<String, String> publicNames(Class<? extends MeetingEvent> kind, java.util.Set<String> read) {
        Map<String, Class<?>> parts = new LinkedHashMap<>();
        FactFields.anyWithin(kind, type -> {
            if (type != kind) {
                parts.putIfAbsent(type.getSimpleName(), type);
            }
            return false;
        });
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String part : read) {
            Class<?> type = parts.get(part);
            if (type == MeetingEvent.class) {
                continue; // a correction's corrected facts, typed as the kinds are (typeCorrections)
            }
            String name = type == null ? null : PartNames.of(type);
            if (name == null) {
                throw new IllegalStateException("the part " + part + " of " + Actions.name(kind)
                        + " has no public schema name: give it one in PartNames");
            }
            renamed.put(part, name);
        }
        return renamed;
    }

    /** A correction's corrected facts are typed like any action, with their kind. */
    private void typeCorrections() {
        List<Class<? extends MeetingEvent>> correctable = new ArrayList<>(Actions.all());
        correctable.removeAll(List.of(ActionCorrected.class, ActionWithdrawn.class));
        Schema<?> correction = components.getSchemas().get(name(ActionCorrected.class));
        // unlike an action's, the corrected facts' moment is not defaulted: it is where the action stands
        correction.getProperties().put("corrected", new ComposedSchema()
                .addAllOfItem(oneOf(correctable))
                .addAllOfItem(new ObjectSchema().addRequiredItem(MOMENT))
                .description("The corrected facts, with their kind and moment, replacing those of the corrected action"));
        components.getSchemas().remove("MeetingEvent");
    }

    /** The convening's body: the meeting's readable id and its facts. */
    private Schema<?> convening() {
        Schema<?> meeting = components.getSchemas().get(name(MeetingConvened.class));
        ObjectSchema convene = new ObjectSchema();
        convene.setDescription("A meeting convened: its readable id and its facts");
        convene.addProperty("id", new StringSchema().pattern("^" + org.rapporteur.events.MeetingId.PATTERN + "$")
                .description("The meeting's readable id, such as ccm-12msp"));
        convene.addRequiredItem("id");
        meeting.getProperties().forEach((property, schema) -> {
            if (!property.equals("kind")) {
                convene.addProperty(property, schema);
            }
        });
        if (meeting.getRequired() != null) {
            meeting.getRequired().stream().filter(p -> !p.equals("kind")).forEach(convene::addRequiredItem);
        }
        convene.additionalProperties(false);
        return convene;
    }

    private static void dropFromRequired(Schema<?> schema, String property) {
        if (schema.getRequired() != null) {
            List<String> required = new ArrayList<>(schema.getRequired());
            required.remove(property);
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }
}
