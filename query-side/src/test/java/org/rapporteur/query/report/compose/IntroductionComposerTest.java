package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.profiles.ReportFact;

import static org.assertj.core.api.Assertions.assertThat;

class IntroductionComposerTest {

    private static final IntroductionComposer INTRODUCTION = new IntroductionComposer();
    private static final MeetingConvened.Mandate MANDATE = new MeetingConvened.Mandate("Second Review Conference",
            "Geneva, 2021", "annually", "Third Review Conference", "up to four days", null);

    @Test
    void the_mandate_cites_the_conventions_article_on_meetings() {
        FactModel model = new FactModel("ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM",
                "11", null), MANDATE);

        assertThat(model.write(INTRODUCTION, "en", ReportFact.MANDATE).paragraphs()).singleElement().asString()
                .startsWith("Article 11 of the Convention on Cluster Munitions provides that the States parties shall meet")
                .contains("the Second Review Conference of States parties to the Convention (Geneva, 2021) decided to"
                        + " convene annually, until the Third Review Conference, a Meeting of States parties for up to four days.");
    }

    @Test
    void another_bodys_mandate_says_what_was_recorded_in_its_own_terms() {
        FactModel model = new FactModel("bwc", null, new MeetingConvened.Mandate("Eighth Review Conference", null,
                null, null, null, null));

        assertThat(model.write(INTRODUCTION, "en", ReportFact.MANDATE).paragraphs()).containsExactly(
                "The Eighth Review Conference decided to convene the Review Conference.");
        assertThat(model.write(INTRODUCTION, "fr", ReportFact.MANDATE).paragraphs()).singleElement().asString()
                .endsWith(" a décidé de convoquer la Conférence d’examen.");
    }

    @Test
    void a_mandates_body_written_as_a_session_mark_is_named_in_each_language() {
        FactModel model = new FactModel("bwc", null, new MeetingConvened.Mandate("{session:8}", null,
                null, null, null, null));

        assertThat(model.write(INTRODUCTION, "en", ReportFact.MANDATE).paragraphs()).containsExactly(
                "The Eighth Review Conference decided to convene the Review Conference.");
        assertThat(model.write(INTRODUCTION, "fr", ReportFact.MANDATE).paragraphs()).containsExactly(
                "La huitième Conférence d’examen a décidé de convoquer la Conférence d’examen.");
    }

    @Test
    void a_mandate_without_the_article_it_rests_on_is_a_listed_problem_not_a_sentence_with_a_hole() {
        FactModel model = new FactModel("ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM",
                null, null), MANDATE);

        FactModel.Written written = model.write(INTRODUCTION, "en", ReportFact.MANDATE);

        assertThat(written.paragraphs()).isEmpty();
        assertThat(written.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("'mandate' needs article");
            assertThat(p.eventIds()).containsExactly("e0");
        });
    }

    @Test
    void no_mandate_recorded_no_paragraph_and_no_problem() {
        FactModel.Written written = new FactModel("ccm").write(INTRODUCTION, "fr", ReportFact.MANDATE);

        assertThat(written.paragraphs()).isEmpty();
        assertThat(written.problems()).isEmpty();
    }
}
