package org.rapporteur.command.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Hidden;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.rapporteur.facts.FactFields;
import org.rapporteur.facts.InvalidFactsException;
import org.rapporteur.command.http.Logging;
import org.rapporteur.command.http.RequestFacts;
import org.rapporteur.command.http.UnknownFamilyException;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.command.meeting.Recorded;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.catalogue.RetiredKinds;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.CorrectedKind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * Records one action of a meeting: {@code POST /api/meetings/{id}/<family>} with {@code {"kind": ..., facts}}.
 * Documented per family by {@link ActionsOpenApi}.
 */
@RestController
@Hidden
class ActionController {

    static final String PATH = "/api/meetings/{meetingId}/{family}";

    /** A missing moment is now; a moment without a date is today (see the meeting's moment defaults). */
    private static final Set<String> DEFAULTED = Set.of("moment", "moment.date");

    private final CommandGateway commands;
    private final RequestFacts facts;

    ActionController(CommandGateway commands, RequestFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping(PATH)
    ResponseEntity<RecordedAction> record(@PathVariable String meetingId,
                                          @PathVariable String family,
                                          @RequestBody ObjectNode body,
                                          @RequestHeader(name = Logging.IDEMPOTENCY_KEY, required = false) String commandId,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestHeader(name = Logging.LOGGED_BY, required = false) String loggedByHeader,
                                          Principal principal) {
        ActionFamily actions = ActionFamilies.byPath(family)
                .orElseThrow(() -> new UnknownFamilyException(family, ActionFamilies.paths()));
        Long expectedVersion = Logging.expectedVersion(ifMatch);
        ObjectNode given = body.deepCopy();
        Class<? extends MeetingEvent> type = kind(actions, given.remove("kind"), "kind");
        given = facts(given, type);
        if (type == ActionCorrected.class) {
            correctedKind(given);
        }
        MeetingEvent action = facts.read(given, type, DEFAULTED);
        String id = commandId == null || commandId.isBlank() ? null : commandId.trim();
        Recorded recorded = commands.sendAndWait(Logging.command(new RecordAction(meetingId, id, expectedVersion, action),
                Logging.loggedBy(principal, loggedByHeader), id));
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Logging.entityTag(recorded.sequence()))
                .body(new RecordedAction(meetingId, Actions.name(type), recorded.eventId(), recorded.sequence()));
    }

    private static Class<? extends MeetingEvent> kind(ActionFamily family, JsonNode kind, String field) {
        if (kind == null || !kind.isTextual()) {
            throw invalid(field, "required: one of " + String.join(", ", family.kindNames()));
        }
        return family.kind(kind.asText()).orElseThrow(() -> invalid(field, RetiredKinds.replacement(kind.asText())
                .map(use -> kind.asText() + " is no longer recorded: use " + use)
                .orElse(kind.asText() + " is not recorded under /" + family.path() + "; use one of "
                        + String.join(", ", family.kindNames()))));
    }

    /**
     * The facts follow the kind ({@code {"kind": k, ...facts}}) or sit under {@code facts}, as in scenario files; the
     * latter is how to give facts that have a field called kind themselves. The moment may sit beside them.
     */
    private static ObjectNode facts(ObjectNode given, Class<?> type) {
        JsonNode nested = given.get("facts");
        boolean factsIsAField = FactFields.named(type, "facts").isPresent();
        JsonNode moment = given.get("moment");
        if (nested != null && nested.isObject() && !factsIsAField && given.size() == (moment == null ? 1 : 2)) {
            if (moment == null) {
                return (ObjectNode) nested;
            }
            if (nested.has("moment")) {
                throw invalid("facts.moment", "the moment is given beside the facts already");
            }
            ObjectNode facts = ((ObjectNode) nested).deepCopy();
            facts.set("moment", moment);
            return facts;
        }
        return given;
    }

    /** The corrected facts name their kind like any action; the stored form names it under {@code @kind}. */
    private static void correctedKind(ObjectNode given) {
        JsonNode corrected = given.get("corrected");
        if (corrected == null || !corrected.isObject()) {
            throw invalid("corrected", "required: the corrected facts, with their kind");
        }
        ObjectNode withKind = (ObjectNode) corrected;
        JsonNode kind = withKind.remove("kind");
        if (kind == null || !kind.isTextual()) {
            throw invalid("corrected.kind", "required: the kind of the action corrected, such as agenda-adopted");
        }
        Class<? extends MeetingEvent> type = Actions.byName(kind.asText())
                .orElseThrow(() -> invalid("corrected.kind", Actions.unknown(kind.asText())));
        ObjectNode facts = facts(withKind, type).deepCopy();
        facts.put(CorrectedKind.FIELD, kind.asText());
        given.set("corrected", facts);
    }

    private static InvalidFactsException invalid(String field, String message) {
        return new InvalidFactsException(List.of(new InvalidFactsException.FieldError(field, message)));
    }

    /** Where the action landed: its event id and sequence number (also the meeting's new ETag). */
    record RecordedAction(String meetingId, String kind, String eventId, long sequence) {
    }
}
