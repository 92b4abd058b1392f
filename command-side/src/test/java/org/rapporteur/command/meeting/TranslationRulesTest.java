package org.rapporteur.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.languages.TextsTranslated;
import org.rapporteur.events.languages.TextsTranslated.Rendering;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.rapporteur.command.meeting.BodyVocabularyRulesTest.DAY;
import static org.rapporteur.command.meeting.BodyVocabularyRulesTest.IN_SESSION;
import static org.rapporteur.command.meeting.BodyVocabularyRulesTest.MEETING;
import static org.rapporteur.command.meeting.BodyVocabularyRulesTest.convened;

/** Given a meeting of a body reporting in English, French and Spanish, when texts are rendered in a language, then the rules accept or refuse it. */
class TranslationRulesTest {

    private static final MeetingMoment AFTER = MeetingMoment.outsidePlenary(DAY.plusDays(4));

    private FixtureConfiguration<MeetingAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingAggregate.class);
        fixture.registerCommandTargetResolver(new MeetingCommandTargets());
        fixture.registerInjectableResource(new TestBodies());
        fixture.registerInjectableResource(new MeetingCalendar(Clock.fixed(DAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
    }

    private TestExecutor<MeetingAggregate> given(Object... events) {
        setUp();
        List<Object> all = new ArrayList<>(List.of(convened("test-cop"), new PlenarySessionOpened(IN_SESSION, 1),
                new AgendaAdopted(IN_SESSION, DocumentSymbol.of("TEST/COP.3/1"), List.of(new AgendaItem(AgendaItemNumber.of("1"), "Opening", null),
                        new AgendaItem(AgendaItemNumber.of("7"), "Budget", null)))));
        all.addAll(Arrays.asList(events));
        return fixture.given(all);
    }

    private static TextsTranslated translated(String language, Rendering... texts) {
        return new TextsTranslated(AFTER, language, List.of(texts));
    }

    private static RecordAction record(Object action) {
        return new RecordAction(MEETING, null, null, (org.rapporteur.events.MeetingEvent) action);
    }

    private void refused(TestExecutor<MeetingAggregate> given, TextsTranslated action, String reason) {
        given.when(record(action)).expectException(MeetingRuleViolated.class)
                .expectExceptionMessage(containsString(reason)).expectNoEvents();
    }

    @Test
    void textsAreRenderedInAnotherOfTheBodysLanguages() {
        TextsTranslated french = translated("fr", new Rendering("Budget", "Budget"), new Rendering("Opening", "Ouverture"));
        given().when(record(french)).expectSuccessfulHandlerExecution().expectEvents(french);
        TextsTranslated spanish = translated("es", new Rendering("Opening", "Apertura"));
        given().when(record(spanish)).expectSuccessfulHandlerExecution().expectEvents(spanish);
    }

    @Test
    void theLanguageTheMeetingIsRecordedInNeedsNoRendering() {
        refused(given(), translated("en", new Rendering("Opening", "Opening")), "the meeting is recorded in en");
    }

    @Test
    void aLanguageTheBodyDoesNotReportInIsRefused() {
        refused(given(), translated("de", new Rendering("Opening", "Eröffnung")), "de is not a language of test-cop");
    }

    @Test
    void aTextIsRenderedOnceInOneAction() {
        refused(given(), translated("fr", new Rendering("Opening", "Ouverture"), new Rendering("Opening", "Ouverture de la session")),
                "\"Opening\" is rendered twice in one action");
    }

    @Test
    void neitherTheTextNorItsRenderingIsBlank() {
        refused(given(), translated("fr", new Rendering("Opening", " ")), "texts[0]: both the text as recorded and its translation");
        refused(given(), translated("fr", new Rendering("", "Ouverture")), "texts[0]: both the text as recorded and its translation");
    }

    @Test
    void aReportIsTranslatedAfterTheMeetingClosed() {
        TextsTranslated french = translated("fr", new Rendering("Opening", "Ouverture"));
        given(new PlenarySessionClosed(IN_SESSION, 1), new MeetingClosed(MeetingMoment.outsidePlenary(DAY.plusDays(4))))
                .when(record(french)).expectSuccessfulHandlerExecution().expectEvents(french);
    }
}
