package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.Holder;
import org.rapporteur.events.Person;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.profiles.ReportFact;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

/** The French report's rules of grammar and typography, each from data (states.fr.tsv, names.fr.tsv, messages.yaml). */
class FrenchWordingTest {

    private final Names fr = new FactModel("bwc").context("fr").names;
    private final Names en = new FactModel("bwc").context("en").names;

    @Test
    void a_state_after_of_takes_the_form_its_article_class_gives() {
        assertThat(fr.stateInText("JPN", "of")).isEqualTo("du Japon");
        assertThat(fr.stateInText("FRA", "of")).isEqualTo("de la France");
        assertThat(fr.stateInText("NLD", "of")).isEqualTo("des Pays-Bas");
        assertThat(fr.stateInText("AUT", "of")).isEqualTo("de l’Autriche");
        assertThat(fr.stateInText("CUB", "of")).isEqualTo("de Cuba");
        assertThat(fr.stateInText("ISR", "of")).isEqualTo("d’Israël");
        assertThat(fr.stateInText("IRQ", "text")).isEqualTo("l’Iraq");
        assertThat(fr.stateInText("KOR", "of")).isEqualTo("de la République de Corée");
        assertThat(fr.state("VNM")).isEqualTo("Viet Nam");
        assertThat(fr.statesInText(StateCode.list("LBN", "CHE"), "of")).isEqualTo("du Liban et de la Suisse");
        assertThat(fr.statesInText(StateCode.list("TCD", "DEU"), "text")).isEqualTo("le Tchad et l’Allemagne");
        assertThat(en.stateInText("NLD", "text")).isEqualTo(en.state("NLD"));
    }

    @Test
    void states_listed_one_after_the_other_are_in_the_alphabetical_order_of_the_language_unless_the_body_keeps_the_recorded() {
        assertThat(fr.listed(StateCode.list("CHE", "FRA", "EUU", "BRA", "ARE"))).containsExactly("Brésil", "Émirats arabes unis", "France", "Suisse", "Union européenne");
        assertThat(en.listed(StateCode.list("CHE", "CHL", "BRA"))).containsExactly("Brazil", "Chile", "Switzerland");
        Names ccm = new FactModel("ccm").context("en").names;
        assertThat(ccm.listed(StateCode.list("CHE", "FRA", "BRA"))).containsExactly(ccm.stateListed("CHE"), ccm.stateListed("FRA"), ccm.stateListed("BRA"));
    }

    @Test
    void the_verb_agrees_with_the_presenters_and_the_analyses_with_the_requests() {
        Context c = new FactModel("bwc").context("fr");
        assertThat(c.say.say("analyses", "presenters", "la Thaïlande", "presenting", 1, "group", "g", "groupOf", "du Comité",
                "symbols", "A/1 et A/2", "count", 2))
                .isEqualTo("la Thaïlande, au nom du Comité, a présenté les analyses de ces demandes, publiées sous les cotes A/1 et A/2, respectivement.");
        assertThat(c.say.say("analyses", "presenters", "l’Italie et la Norvège", "presenting", 2, "group", "g", "groupOf", "du Groupe",
                "symbols", "A/1", "count", 1))
                .isEqualTo("l’Italie et la Norvège, au nom du Groupe, ont présenté l’analyse de cette demande, publiée sous la cote A/1.");
    }

    @Test
    void an_incise_closed_by_a_comma_before_a_list_s_comma_leaves_one_comma() {
        assertThat(Prose.tidy("A (Mali), pour la Région I (Afrique),, B (Brésil), pour la Région III, et C"))
                .isEqualTo("A (Mali), pour la Région I (Afrique), B (Brésil), pour la Région III, et C");
        assertThat(Prose.tidy("one , , two")).isEqualTo("one, two");
    }

    @Test
    void the_gender_comes_from_the_pronoun_else_from_the_honorific() {
        assertThat(fr.gender(null, "Mr.")).isEqualTo("masculine");
        assertThat(fr.gender(null, "Mr")).isEqualTo("masculine");
        assertThat(fr.gender(null, "Ms.")).isEqualTo("feminine");
        assertThat(fr.gender(null, "Ambassador")).isEqualTo(Names.GENDER_UNKNOWN);
        assertThat(fr.gender("her", "Ambassador")).isEqualTo("feminine");
        assertThat(fr.gender(null, null)).isEqualTo(Names.GENDER_UNKNOWN);
    }

    @Test
    void an_honorific_is_written_as_the_language_writes_it() {
        assertThat(fr.named(new Person("Mr.", "Bruno Sample", null, null, null, null))).isEqualTo("M. Bruno Sample");
        assertThat(fr.named(new Person("Ms", "Ada Example", null, null, null, null))).isEqualTo("Mme Ada Example");
        assertThat(fr.named(new Person("Ambassador", "Ana Uno", null, null, null, "her"))).isEqualTo("l’Ambassadrice Ana Uno");
        assertThat(fr.named(new Person("Professor", "Ana Uno", null, null, null, null))).isEqualTo("Professor Ana Uno");
        assertThat(en.named(new Person("Mr.", "Bruno Sample", null, null, null, null))).isEqualTo("Mr. Bruno Sample");
        assertThat(en.named(new Person("Mr", "Bruno Sample", null, null, null, null))).isEqualTo("Mr Bruno Sample");
    }

    @Test
    void one_officer_of_unknown_gender_is_elected_by_the_meeting_not_elu_e() {
        Holder unknown = new Holder(new Person(null, "Ivan Example", null, null, StateCode.of("SRB"), null), null, null);
        Holder mister = new Holder(new Person("Mr.", "Bruno Sample", null, null, StateCode.of("CHE"), null), null, null);
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1), new PlenarySessionOpened(sitting(2), 2),
                new OfficersElected(sitting(1), "president", List.of(new ElectedOfficer(unknown, null)), ElectionMode.ACCLAMATION, null, null, null),
                new OfficersElected(sitting(2), "president", List.of(new ElectedOfficer(mister, null)), ElectionMode.ACCLAMATION, null, null, null));

        List<String> paragraphs = model.write(new WorkComposer(), "fr", ReportFact.OFFICERS_ELECTED).paragraphs();

        assertThat(paragraphs).hasSize(2).noneMatch(p -> p.contains("élu(e)"));
        assertThat(paragraphs.get(0)).contains("la Conférence a élu par acclamation Ivan Example (Serbie) aux fonctions de");
        assertThat(paragraphs.get(1)).contains("M. Bruno Sample (Suisse) a été élu par acclamation");
    }

    @Test
    void a_body_recorded_in_english_takes_its_french_name_article_and_gender_from_data() {
        assertThat(fr.recordedInText("Committee of the Whole", "text")).isEqualTo("la Commission plénière");
        assertThat(fr.recordedGender("Committee of the Whole")).isEqualTo("feminine");
        assertThat(fr.recordedInText("Financial Task Team", "of")).isEqualTo("de l’Équipe spéciale chargée des questions financières");
        assertThat(fr.recordedInText("African Group", "text")).isEqualTo("le Groupe africain");
        // a name known neither to the table nor to the meeting's glossary: as recorded, marked by the note saying so
        assertThat(fr.recordedInText("An Unlisted Group", "of")).startsWith("d’An Unlisted Group").hasSizeGreaterThan(19);
        assertThat(fr.bodyInText("budget committee", "of")).isEqualTo("du budget committee");
        assertThat(fr.organisation(new Organisation("ICRC", "International Committee of the Red Cross", "ICRC")))
                .isEqualTo("Comité international de la Croix-Rouge (CICR)");
        assertThat(en.organisation(new Organisation("ICRC", "International Committee of the Red Cross", "ICRC")))
                .isEqualTo("International Committee of the Red Cross (ICRC)");
        assertThat(en.recordedInText("Committee of the Whole", "text")).isEqualTo("Committee of the Whole");
    }

    @Test
    void a_body_may_have_its_own_french_name_for_a_body_recorded_in_english() {
        Names cites = new FactModel("cites").context("fr").names;
        assertThat(cites.recorded("Credentials Committee")).isEqualTo("Comité de vérification des pouvoirs");
        assertThat(fr.recorded("Credentials Committee")).isEqualTo("Commission de vérification des pouvoirs");
    }

    @Test
    void the_first_of_the_month_is_1er_in_french_and_punctuation_takes_a_narrow_no_break_space() {
        var say = new FactModel("bwc").context("fr").say;
        assertThat(say.date(LocalDate.of(2027, 9, 1))).isEqualTo("1er septembre 2027");
        assertThat(say.date(LocalDate.of(2027, 9, 2))).isEqualTo("2 septembre 2027");
        assertThat(say.range(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), "range")).isEqualTo("du 28 février au 1er mars 2027");
        assertThat(say.itemEnd(false)).isEqualTo("\u202F;");
        assertThat(say.time(new org.rapporteur.events.MeetingMoment(1, LocalDate.of(2027, 9, 1), java.time.LocalTime.of(10, 0)))).isEqualTo("10 heures");
        assertThat(say.time(new org.rapporteur.events.MeetingMoment(1, LocalDate.of(2027, 9, 1), java.time.LocalTime.of(19, 30)))).isEqualTo("19 h 30");
        assertThat(new FactModel("bwc").context("en").say.date(LocalDate.of(2027, 9, 1))).isEqualTo("1 September 2027");
        assertThat(say.say("header.original", "language", "anglais")).isEqualTo("Original\u202F: anglais");
    }
}
