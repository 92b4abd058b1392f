package org.rapporteur.query.console;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.Text;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.Verb;
import org.rapporteur.events.work.Speakers;
import org.rapporteur.events.work.StatementsDelivered;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms described once: defaults from the meeting, nested facts as rows, pickers, every problem at once. */
class ActionFormsTest {

    private final ActionForms forms = new ActionForms(Validation.buildDefaultValidatorFactory().getValidator());
    private final FormContext context = new FormContext(2, LocalDate.of(2024, 9, 10), 3, "7",
            LocalDate.of(2024, 9, 10), LocalTime.of(10, 30),
            List.of(new FormField.Option("7", "7. Requests"), new FormField.Option("8", "8. General exchange")),
            Map.of("documents", List.of(new FormField.Option("CCM/MSP/2024/1", "CCM/MSP/2024/1", "Agenda")),
                    "organisations", List.of(), "persons", List.of(),
                    "offices", List.of(new FormField.Option("vice-chair", "IPCC Vice-Chair")),
                    "sessions", List.of(new FormField.Option("session", "Session of the IPCC"))));

    @Test
    void everyKindOfActionHasAFormAndNoneAsksForJsonOrCodes() {
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            List<FormField> fields = forms.blank(type, context);
            assertThat(fields).as(Actions.name(type)).isNotNull();
            walk(fields, field -> {
                assertThat(field.label()).as(field.name()).doesNotContain("_").isNotBlank();
                field.options().forEach(o -> assertThat(o.label()).as(field.name()).doesNotMatch("[A-Z_]{4,}"));
            });
        }
    }

    @Test
    void noFieldOfAnyKindAsksForJson() {
        FormSchema schema = new FormSchema(forms.descriptions());
        List<String> typedAsText = new ArrayList<>();
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            textFacts(schema, Actions.name(type), type, "", typedAsText, 0);
        }
        assertThat(typedAsText).as("facts a text box would show as JSON").isEmpty();
    }

    private void textFacts(FormSchema schema, String kind, Class<?> type, String path, List<String> found, int depth) {
        if (depth > 6) {
            return;
        }
        for (FormSchema.Fact fact : schema.facts(kind, type, path, context)) {
            String at = path.isEmpty() ? fact.name() : path + "." + fact.name();
            switch (fact.widget()) {
                case GROUP -> textFacts(schema, kind, fact.raw(), at, found, depth + 1);
                case LIST -> textFacts(schema, kind, fact.element(), at, found, depth + 1);
                case TEXT, LONGTEXT, ONE -> {
                    if (fact.raw() != String.class && !org.rapporteur.events.Text.class.isAssignableFrom(fact.raw())
                            && !Number.class.isAssignableFrom(fact.raw())) {
                        found.add(kind + ": " + at + " (" + fact.raw().getSimpleName() + ")");
                    }
                }
                case LINES -> {
                    if (fact.element() != String.class && fact.element() != java.time.LocalDate.class
                            && !org.rapporteur.events.Text.class.isAssignableFrom(fact.element())) {
                        found.add(kind + ": " + at + " (lines of " + fact.element().getSimpleName() + ")");
                    }
                }
                default -> { }
            }
        }
    }

    @Test
    void theBodysOfficesAndSessionsAreChosenByTheirNamesAndRecordedByTheirKeys() {
        List<FormField> fields = forms.blank(org.rapporteur.events.officers.OfficersElected.class, context);
        FormField office = find(fields, "office");
        assertThat(office.widget()).isEqualTo(FormField.Widget.SELECT);
        assertThat(office.options()).extracting(FormField.Option::label).containsExactly("IPCC Vice-Chair");
        FormField session = find(forms.blank(org.rapporteur.events.meeting.NextSessionDecided.class, context), "session.kind");
        assertThat(session.options()).extracting(FormField.Option::label).containsExactly("Session of the IPCC");

        Map<String, String[]> submitted = base();
        submitted.put("office", new String[]{"Vice-President"});
        var refused = forms.read(org.rapporteur.events.officers.OfficersElected.class, submitted, context);
        assertThat(find(refused.fields(), "office").error()).isEqualTo("“Vice-President” is not one of the choices offered.");
        submitted.put("office", new String[]{"vice-chair"});
        submitted.put("elected[0].holder.state", new String[]{"Maldives"});
        submitted.put("elected[0].holder.region", new String[]{""});
        submitted.put("mode", new String[]{"SECRET_BALLOT"});
        var reading = forms.read(org.rapporteur.events.officers.OfficersElected.class, submitted, context);
        assertThat(reading.valid()).as(String.valueOf(reading.problem()) + reading.fields()).isTrue();
        assertThat(reading.value().office()).isEqualTo("vice-chair");
        assertThat(reading.value().elected().get(0).holder().state().text()).isEqualTo("MDV");
    }

    @Test
    void aMeetingIsConvenedForABodyChosenByName() {
        List<FormField> fields = forms.blank(org.rapporteur.events.meeting.MeetingConvened.class, FormContexts.none(java.time.Clock.systemUTC()));
        FormField profile = find(fields, "profile");
        assertThat(profile.widget()).isEqualTo(FormField.Widget.SELECT);
        assertThat(profile.options()).extracting(FormField.Option::label)
                .contains("Convention on Cluster Munitions (CCM)", "Intergovernmental Panel on Climate Change (IPCC)");
        assertThat(find(fields, "meetingKind").options()).extracting(FormField.Option::label)
                .contains("Meeting of States Parties", "Session of the IPCC", "Review Conference");
    }

    @Test
    void everyWellKnownOrganisationIsOfferedNotOnlyThoseRegistered() {
        FormContext none = FormContexts.none(java.time.Clock.systemUTC());
        assertThat(none.offers("organisations")).extracting(FormField.Option::label)
                .contains("International Committee of the Red Cross (ICRC)", "World Meteorological Organization (WMO)");
        FormField.Option icrc = none.offers("organisations").stream()
                .filter(o -> o.value().equals("International Committee of the Red Cross")).findFirst().orElseThrow();
        assertThat(icrc.detail()).as("what the page fills in beside the name").contains("\"acronym\":\"ICRC\"").contains("\"key\":\"ICRC\"");
        assertThat(icrc.note()).isNull();
    }

    @Test
    void eachShortcutOpensOneKindAndTheFrequentActionsOfAnyBodyHaveOne() {
        List<String> keys = new ArrayList<>();
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            String shortcut = forms.descriptions().kind(Actions.name(type)).shortcut();
            if (shortcut != null) {
                keys.add(shortcut);
            }
        }
        assertThat(keys).doesNotHaveDuplicates().doesNotContain("k", "f").hasSizeGreaterThanOrEqualTo(10);
        for (String kind : List.of("officers-elected", "statement-delivered", "numbered-decision-adopted", "vote-recorded",
                "plenary-session-opened", "plenary-session-closed", "agenda-item-taken-up", "document-submitted")) {
            assertThat(forms.descriptions().kind(kind).shortcut()).as(kind).isNotNull();
        }
    }

    @Test
    void everyKindIsDescribedInTheSecretariatsWords() {
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            String kind = Actions.name(type);
            if (kind.equals("action-corrected") || kind.equals("action-withdrawn")) {
                continue;
            }
            assertThat(forms.descriptions().kind(kind).title()).as(kind + " has a title in console/forms.yaml").isNotBlank();
            if (!kind.equals("meeting-convened")) {
                assertThat(forms.descriptions().families()).as(kind + "'s family").contains(forms.descriptions().kind(kind).family());
            }
        }
    }

    @Test
    void anElectionIsByAcclamationInTheOpenSessionNowUnlessSaidOtherwise() {
        List<FormField> fields = forms.blank(OfficersElected.class, context);
        assertThat(find(fields, "mode").value()).isEqualTo("ACCLAMATION");
        assertThat(find(fields, "moment.plenarySession").value()).isEqualTo("2");
        assertThat(find(fields, "moment.date").value()).isEqualTo("2024-09-10");
        assertThat(find(fields, "moment.time").value()).isEqualTo("10:30");
        assertThat(forms.title("officers-elected")).isEqualTo("Elect officers");
    }

    @Test
    void statesArePickedByNameFromEveryStateInTheOrderChosen() {
        Map<String, String[]> submitted = base();
        submitted.put("states", new String[]{"Sri Lanka", "CHE", "united kingdom of great britain and northern ireland", "Iraq"});
        submitted.put("category", new String[]{"STATE_PARTY"});
        var reading = forms.read(ParticipantsRegistered.class, submitted, context);
        assertThat(reading.valid()).as(String.valueOf(reading.fields())).isTrue();
        assertThat(Text.texts(reading.value().states())).containsExactly("LKA", "CHE", "GBR", "IRQ");
        assertThat(find(forms.blank(ParticipantsRegistered.class, context), "states").offersStates()).isTrue();
    }

    @Test
    void speakersKeepTheirOrder() {
        Map<String, String[]> submitted = base();
        submitted.put("by", new String[]{"OBSERVER_DELEGATIONS", "STATES_PARTIES"});
        submitted.put("kind", new String[]{"GENERAL"});
        var reading = forms.read(StatementsDelivered.class, submitted, context);
        assertThat(reading.value().by()).containsExactly(Speakers.OBSERVER_DELEGATIONS, Speakers.STATES_PARTIES);
    }

    @Test
    void aDecisionIsSentencesOfClausesEachAVerbAndWords() {
        Map<String, String[]> submitted = base();
        submitted.put("sentences[0].clauses[0].verb", new String[]{"WELCOMED"});
        submitted.put("sentences[0].clauses[0].text", new String[]{"the report of {states}"});
        submitted.put("sentences[0].states", new String[]{"Germany", "Chad"});
        submitted.put("sentences[3].clauses[1].verb", new String[]{"URGED"});
        submitted.put("sentences[3].clauses[1].text", new String[]{"all States to join"});
        submitted.put("sentences[3].adverb", new String[]{"also"});
        submitted.put("sentences[__i0__].clauses[0].text", new String[]{"a blank row left in the page"});
        var reading = forms.read(DecisionAdopted.class, submitted, context);
        assertThat(reading.valid()).as(String.valueOf(reading.problem())).isTrue();
        assertThat(reading.value().sentences()).hasSize(2);
        assertThat(Text.texts(reading.value().sentences().get(0).states())).containsExactly("DEU", "TCD");
        assertThat(reading.value().sentences().get(1).clauses().get(0).verb()).isEqualTo(Verb.URGED);
        List<FormField> filled = forms.filled(reading.value(), context);
        FormField sentences = find(filled, "sentences");
        assertThat(sentences.rows()).hasSize(2);
        assertThat(find(sentences.rows().get(1), "sentences[1].clauses").rows().get(0).get(0).value()).isEqualTo("URGED");
        assertThat(find(sentences.blank(), "sentences[__i0__].clauses").token()).isEqualTo("__i1__");
    }

    @Test
    void seatsOfCoordinatorsAreRowsWithinRows() {
        Map<String, String[]> submitted = base();
        submitted.put("groups[0].name", new String[]{"Universalization"});
        submitted.put("groups[0].seats[0].state", new String[]{"Malawi"});
        submitted.put("groups[0].seats[0].term.until.kind", new String[]{"session"});
        submitted.put("groups[0].seats[0].term.until.ordinal", new String[]{"14"});
        submitted.put("groups[0].seats[1].term.until.kind", new String[]{"session"});
        submitted.put("groups[0].seats[1].term.until.ordinal", new String[]{"15"});
        var reading = forms.read(WorkingGroupCoordinatorsAppointed.class, submitted, context);
        assertThat(reading.valid()).as(String.valueOf(reading.problem())).isTrue();
        var seats = reading.value().groups().get(0).seats();
        assertThat(seats).hasSize(2);
        assertThat(seats.get(0).state().text()).isEqualTo("MWI");
        assertThat(seats.get(1).toBeNominated()).isTrue();
    }

    @Test
    void everyFieldsProblemIsFoundAtOnceInTheSecretariatsWords() {
        Map<String, String[]> submitted = new HashMap<>();
        submitted.put("moment.date", new String[]{"10 September"});
        submitted.put("moment.plenarySession", new String[]{"first"});
        submitted.put("states", new String[]{"Atlantis"});
        var reading = forms.read(ParticipantsRegistered.class, submitted, context);
        assertThat(reading.valid()).isFalse();
        assertThat(find(reading.fields(), "moment.date").error()).isEqualTo("A date, such as 2024-09-10.");
        assertThat(find(reading.fields(), "moment.plenarySession").error()).isEqualTo("A whole number, such as 4.");
        assertThat(find(reading.fields(), "states").error()).contains("“Atlantis” is not a State in the list");
        assertThat(find(reading.fields(), "category").error()).isEqualTo("Required.");
        assertThat(find(reading.fields(), "moment.plenarySession").value()).isEqualTo("first");
    }

    @Test
    void aRequiredListLeftEmptyAsksForOne() {
        var reading = forms.read(DecisionAdopted.class, base(), context);
        assertThat(find(reading.fields(), "sentences").error()).isEqualTo("Required: give at least one.");
    }

    private static Map<String, String[]> base() {
        Map<String, String[]> submitted = new HashMap<>();
        submitted.put("moment.date", new String[]{"2024-09-10"});
        submitted.put("moment.plenarySession", new String[]{"1"});
        return submitted;
    }

    static FormField find(List<FormField> fields, String name) {
        List<FormField> all = new ArrayList<>();
        walk(fields, all::add);
        return all.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + all.stream().map(FormField::name).toList()));
    }

    static void walk(List<FormField> fields, java.util.function.Consumer<FormField> visit) {
        for (FormField field : fields) {
            visit.accept(field);
            walk(field.children(), visit);
            field.rows().forEach(row -> walk(row, visit));
        }
    }
}
