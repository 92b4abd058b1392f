package org.rapporteur.events.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.MeetingUpcasters;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Kinds of the CCM's first vocabulary that a general kind now records. New input naming one is refused with the
 * kind to use instead; stored events of a retired kind (and corrections that carry one) read as the general kind.
 * The CCM's two kinds of other meeting (Meeting of States Parties, Review Conference) are read, wherever stored, as
 * references to the body's sessions ({@link SessionRef}).
 */
public final class RetiredKinds {

    /** Each retired kind: the kind that replaces it and how its facts are written there. */
    private static final Map<String, Replacement> REPLACED_BY = new LinkedHashMap<>();

    private record Replacement(String kind, String how) {
        @Override
        public String toString() {
            return kind + " (" + how + ")";
        }
    }

    static {
        REPLACED_BY.put("final-report-adopted", new Replacement("report-adopted", "its draftSymbol, symbol and issuedOn"));
        REPLACED_BY.put("next-meeting-scheduled", new Replacement("next-session-decided", "session for meeting, venue:"
                + " {city} for city; startsOn, endsOn or weekOf"));
        REPLACED_BY.put("vice-presidents-elected", new Replacement("officers-elected", "office: vice-president; each"
                + " State as elected: [{holder: {state}}]; mode for method; the votes as ballots: [{round: 1, candidates}]"));
    }

    private static final String EVENTS = "org.rapporteur.events.";

    private RetiredKinds() {
    }

    /** What to use instead of a retired kind, with how its facts go there; empty for a kind never retired. */
    public static Optional<String> replacement(String kind) {
        return Optional.ofNullable(REPLACED_BY.get(kind)).map(Replacement::toString);
    }

    /** The kind that stored events of a retired kind read as now; empty for a kind never retired. */
    public static Optional<String> readAs(String kind) {
        return Optional.ofNullable(REPLACED_BY.get(kind)).map(Replacement::kind);
    }

    public static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        REPLACED_BY.forEach((kind, replacement) -> all.put(kind, replacement.toString()));
        return Map.copyOf(all);
    }

    /**
     * How every stored event reads as the current vocabulary: the meeting's own revisions, a report adopted at revision 1
     * (no symbol to be issued under nor date of issue), a next session decided at revision 1 (not for a week), a numbered
     * decision of revision 1 (a decision, no other form), an observer status of revision 1 (a fixed category), an
     * extension granted at revision 1 (not said how),
     * officers elected at revision 1 (by this session), a
     * secretariat member of revision 1 (in a role, not an office), and the
     * retired kinds' events; then corrections of revision 1 naming their corrected kind rather than its class.
     */
    public static EventUpcasterChain chain() {
        List<EventUpcaster> upcasters = new java.util.ArrayList<>(MeetingUpcasters.upcasters());
        upcasters.add(new MeetingUpcasters.AddedField(ReportAdopted.class, "1", "2", Map.of(
                "symbol", JsonNodeFactory.instance.nullNode(), "issuedOn", JsonNodeFactory.instance.nullNode())));
        upcasters.add(new MeetingUpcasters.AddedField(NextSessionDecided.class, "1", "2", "weekOf",
                JsonNodeFactory.instance.nullNode()));
        upcasters.add(new MeetingUpcasters.AddedField(NumberedDecisionAdopted.class, "1", "2", "form",
                JsonNodeFactory.instance.nullNode()));
        upcasters.add(new MeetingUpcasters.AddedField(ObserverStatusConfirmed.class, "1", "2", "bodyCategory",
                JsonNodeFactory.instance.nullNode()));
        upcasters.add(new MeetingUpcasters.AddedField(ExtensionRequestGranted.class, "1", "2", "adoption",
                JsonNodeFactory.instance.nullNode()));
        upcasters.add(new MeetingUpcasters.AddedField(SecretariatMemberServed.class, "1", "2", "office",
                JsonNodeFactory.instance.nullNode()));
        upcasters.addAll(upcasters());
        // after the retired kinds, whose Vice-Presidents elected read as officers elected of revision 1
        upcasters.add(new MeetingUpcasters.AddedField(OfficersElected.class, "1", "2", "electedBy",
                JsonNodeFactory.instance.nullNode()));
        upcasters.add(new CorrectionsByKind());
        return new EventUpcasterChain(upcasters);
    }

    /** The upcasters of the retired kinds' stored events. */
    static List<EventUpcaster> upcasters() {
        return List.of(
                new Retired(EVENTS + "decisions.FinalReportAdopted", "1", ReportAdopted.class, "2", RetiredKinds::finalReport),
                new Retired(EVENTS + "meeting.NextMeetingScheduled", "1", NextSessionDecided.class, "2", RetiredKinds::nextMeeting),
                new Retired(EVENTS + "officers.VicePresidentsElected", "1", OfficersElected.class, "1",
                        RetiredKinds::vicePresidents),
                new Retired(NextPresidentElected.class.getName(), "1", NextPresidentElected.class, "2", RetiredKinds::sessions),
                new Retired(ReviewConferencePresidencyDecided.class.getName(), "1", ReviewConferencePresidencyDecided.class, "2",
                        RetiredKinds::sessions),
                new Retired(EstimatedCostsAdopted.class.getName(), "1", EstimatedCostsAdopted.class, "2", RetiredKinds::sessions),
                new Retired(IntersessionalMeetingsDecided.class.getName(), "1", IntersessionalMeetingsDecided.class, "2",
                        RetiredKinds::sessions),
                new Retired(WorkingGroupCoordinatorsAppointed.class.getName(), "1", WorkingGroupCoordinatorsAppointed.class, "2",
                        RetiredKinds::sessions));
    }

    /** The CCM's two kinds of other meeting, as they were stored, and the body's kinds of session they are. */
    private static final Map<String, String> SESSION_KINDS = Map.of("MEETING_OF_STATES_PARTIES", SessionRef.REGULAR,
            "REVIEW_CONFERENCE", "review-conference");

    /**
     * Every reference to another meeting in the CCM's two kinds ({@code {kind: MEETING_OF_STATES_PARTIES, ordinal}})
     * written as the reference to a session of the body ({@code {kind: session, ordinal}}), wherever it is nested.
     */
    static ObjectNode sessions(ObjectNode facts) {
        java.util.ArrayDeque<JsonNode> open = new java.util.ArrayDeque<>(List.of(facts));
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            if (node instanceof ObjectNode object && object.has("ordinal")
                    && SESSION_KINDS.containsKey(object.path("kind").asText())) {
                object.put("kind", SESSION_KINDS.get(object.path("kind").asText()));
            }
            node.forEach(open::push);
        }
        return facts;
    }

    /** next-meeting-scheduled {meeting, startsOn, endsOn, weekOf, city}: the next session decided with its venue. */
    static ObjectNode nextMeeting(ObjectNode facts) {
        sessions(facts);
        ObjectNode decided = facts.objectNode();
        decided.set("moment", facts.get("moment"));
        decided.set("session", facts.get("meeting"));
        for (String date : List.of("startsOn", "endsOn", "weekOf")) {
            decided.set(date, facts.has(date) ? facts.get(date) : facts.nullNode());
        }
        ObjectNode venue = decided.putObject("venue");
        venue.set("city", facts.get("city"));
        venue.putNull("country");
        decided.putNull("delegatedTo");
        return decided;
    }

    /**
     * vice-presidents-elected {states, method, votes: [{state, votes}]}: the States elected to the body's office
     * {@code vice-president}, by acclamation or by vote, the votes as the one ballot's candidates.
     */
    static ObjectNode vicePresidents(ObjectNode facts) {
        ObjectNode elected = facts.objectNode();
        elected.set("moment", facts.get("moment"));
        elected.put("office", "vice-president");
        com.fasterxml.jackson.databind.node.ArrayNode officers = elected.putArray("elected");
        facts.path("states").forEach(state -> officers.addObject().set("holder", state(state)));
        elected.put("mode", facts.path("method").asText("ACCLAMATION"));
        JsonNode votes = facts.path("votes");
        if (votes.isArray() && !votes.isEmpty()) {
            ObjectNode ballot = elected.putArray("ballots").addObject();
            ballot.put("round", 1);
            com.fasterxml.jackson.databind.node.ArrayNode candidates = ballot.putArray("candidates");
            votes.forEach(vote -> {
                ObjectNode candidate = candidates.addObject();
                candidate.set("candidate", state(vote.path("state")));
                candidate.set("votes", vote.path("votes"));
            });
        } else {
            elected.putNull("ballots");
        }
        elected.putNull("forSession");
        return elected;
    }

    private static ObjectNode state(JsonNode state) {
        ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set("state", state);
        return holder;
    }

    /** final-report-adopted {draftSymbol, symbol, issuedOn}: a report adopted as drafted, to be issued as a symbol. */
    static ObjectNode finalReport(ObjectNode facts) {
        facts.put("amended", false);
        facts.put("adReferendum", false);
        facts.putNull("entrustedTo");
        if (!facts.has("issuedOn")) {
            facts.putNull("issuedOn");
        }
        return facts;
    }

    /**
     * A stored event of a retired kind (or an earlier revision) read as the kind replacing it, and a correction
     * carrying one read as a correction carrying the replacing kind (at revision 1 the corrected facts name their class, not a
     * revision, so a correction's facts are translated whenever they name the retired class).
     */
    static final class Retired extends SingleEventUpcaster implements EventUpcaster {
        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final UnaryOperator<ObjectNode> translate;

        Retired(String retiredClass, String revision, Class<?> replacement, String replacementRevision,
                UnaryOperator<ObjectNode> translate) {
            this.from = new SimpleSerializedType(retiredClass, revision);
            this.to = new SimpleSerializedType(replacement.getName(), replacementRevision);
            this.translate = translate;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return from.equals(representation.getType())
                    || representation.getType().getName().equals(ActionCorrected.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            if (from.equals(representation.getType())) {
                return representation.upcastPayload(to, JsonNode.class, node -> translate.apply(((ObjectNode) node).deepCopy()));
            }
            return representation.upcastPayload(representation.getType(), JsonNode.class, node -> {
                JsonNode corrected = node.get("corrected");
                if (corrected == null || !from.getName().equals(corrected.path(CorrectionsByKind.CLASS_FIELD).asText())) {
                    return node;
                }
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                ObjectNode facts = translate.apply(((ObjectNode) corrected).deepCopy());
                facts.put(CorrectionsByKind.CLASS_FIELD, to.getName());
                copy.set("corrected", facts);
                return copy;
            });
        }
    }
}
