package org.rapporteur.query.report;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.decisions.Verb;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.report.ReportDocument.Paragraph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator over hand-built histories: pure and fast. */
class ReportGeneratorTest {

    private static final LocalDate OPENING = LocalDate.of(2024, 9, 10);
    private static final MeetingMoment BEFORE = MeetingMoment.outsidePlenary(LocalDate.of(2024, 6, 1));
    private static final MeetingMoment FIRST = MeetingMoment.inPlenary(1, OPENING);

    private final List<RecordedEvent> events = new ArrayList<>();

    private String log(MeetingEvent event) {
        String id = "e" + (events.size() + 1);
        events.add(new RecordedEvent(id, events.size(), Instant.EPOCH.plusSeconds(events.size()), "test", event));
        return id;
    }

    private static MeetingConvened convened() {
        return new MeetingConvened(BEFORE,
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
                12, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "CHE"),
                OPENING, LocalDate.of(2024, 9, 13), "CCM/MSP/2024",
                new MeetingConvened.Mandate("Second Review Conference", "Geneva, 2021", "annually", "Third Review Conference",
                        "up to four days", new DocumentReference(DocumentSymbol.of("CCM/CONF/2021/6"), "paragraph 84(ii)(a)", null)),
                new MeetingConvened.PriorDecision("Eleventh Meeting of States parties", "Geneva, 11-14 September 2023",
                        new DocumentReference(DocumentSymbol.of("CCM/MSP/2023/11"), "paragraph 55", null)),
                null);
    }

    private ReportDocument generate() {
        return generate(new ReportGenerator());
    }

    private ReportDocument generate(ReportGenerator generator) {
        return generator.generate(new MeetingHistory("test-msp", events));
    }

    private static List<Paragraph> paragraphs(ReportDocument report) {
        return report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Paragraph).map(b -> (Paragraph) b).toList();
    }

    private static String text(Paragraph p) {
        return p.text().stream().map(i -> i instanceof ReportDocument.Text t ? t.text() : "[^" + ((ReportDocument.FootnoteRef) i).number() + "]")
                .collect(Collectors.joining());
    }

    private static Paragraph containing(ReportDocument report, String words) {
        return paragraphs(report).stream().filter(p -> text(p).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph contains '" + words + "'"));
    }

    @Test
    void sectionsAreNumberedAndEveryParagraphNamesItsEvents() {
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        String elected = log(org.rapporteur.query.TwelfthMeeting.vicePresidents(FIRST, "LKA", "GBR"));

        ReportDocument report = generate();

        assertThat(report.sections()).extracting(ReportDocument.Section::number).containsExactly("I", "II", "III", "IV");
        assertThat(report.sections().get(1).title()).isEqualTo("Organization of the Twelfth Meeting of States Parties");
        List<Paragraph> paragraphs = paragraphs(report);
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(paragraphs.get(i).number()).isEqualTo(i + 1);
            assertThat(paragraphs.get(i).eventIds()).isNotEmpty();
        }
        Paragraph vicePresidents = containing(report, "Vice-Presidents");
        assertThat(text(vicePresidents)).isEqualTo("At the first plenary session, on 10 September 2024, Sri Lanka and the United "
                + "Kingdom of Great Britain and Northern Ireland were elected by acclamation as Vice-Presidents of the "
                + "Twelfth Meeting of States parties.");
        assertThat(vicePresidents.eventIds()).containsExactly(elected);
        assertThat(report.header().placeAndDates()).isEqualTo("Geneva, 10-13 September 2024");
    }

    @Test
    void correctionsReplaceFactsAndWithdrawnActionsDisappear() {
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        String wrong = log(org.rapporteur.query.TwelfthMeeting.vicePresidents(FIRST, "CHE"));
        String fix = log(new ActionCorrected(FIRST, wrong, "Iraq was elected",
                org.rapporteur.query.TwelfthMeeting.vicePresidents(FIRST, "IRQ")));
        String doc = log(new DocumentSubmitted(BEFORE, DocumentSymbol.of("CCM/MSP/2024/9"), "Logged twice", null, DocumentKind.MISC));
        log(new ActionWithdrawn(FIRST, doc, "logged twice"));

        ReportDocument report = generate();

        Paragraph vicePresidents = containing(report, "Vice-President");
        assertThat(text(vicePresidents)).contains("Iraq was elected by acclamation as Vice-President of").doesNotContain("Switzerland");
        assertThat(vicePresidents.eventIds()).containsExactly(wrong, fix);
        // no document left to list: the list of documents is left out
        assertThat(report.annexes()).isEmpty();
    }

    @Test
    void footnotesComeFromReferencesAndRepeatAsIbid() {
        log(convened());
        log(new PresidentDesignated(BEFORE, new Person("Ambassador", "Ana Example", "Permanent Representative of Mexico",
                null, StateCode.of("MEX"), "her"), "Eleventh Meeting of States parties",
                new DocumentReference(DocumentSymbol.of("CCM/MSP/2023/11"), "paragraph 54", null), "First Review Conference"));

        ReportDocument report = generate();

        assertThat(report.footnotes()).extracting(ReportDocument.Footnote::text)
                .containsExactly("CCM/CONF/2021/6, paragraph 84(ii)(a).", "CCM/MSP/2023/11, paragraph 55.", "Ibid, paragraph 54.");
        assertThat(text(paragraphs(report).get(1)))
                .contains("would take place from 10 to 13 September 2024 in Geneva.[^2]")
                .contains("as the President of the Twelfth Meeting of States Parties.[^3]")
                .contains("her term commenced on the day following the conclusion of the Eleventh Meeting of States parties");
    }

    @Test
    void decisionsOpenWithTheAgendaItemUnderConsideration() {
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        log(new AgendaAdopted(FIRST, DocumentSymbol.of("CCM/MSP/2024/1"), List.of(new AgendaItem(AgendaItemNumber.of("9"), "Consideration of the general status",
                "the general status and operation of the Convention"))));
        log(new AgendaItemTakenUp(FIRST, AgendaItemNumber.of("9")));
        Sentence noted = new Sentence(null, null, null, List.of(new Clause(Verb.NOTED_WITH_CONCERN, null,
                "that {state:LTU} denounced the Convention", null)), null, null);
        log(new DecisionAdopted(FIRST, true, List.of(noted)));
        Sentence urged = new Sentence(null, null, "also", List.of(new Clause(Verb.URGED, null, "{states} to reconsider", null)),
                StateCode.list("LTU"), null);
        log(new DecisionAdopted(FIRST, true, List.of(urged)));

        ReportDocument report = generate();
        List<Paragraph> decisions = report.sections().get(3).blocks().stream().map(b -> (Paragraph) b).toList();

        assertThat(text(decisions.get(0))).isEqualTo("In the context of its consideration of the general status and operation "
                + "of the Convention, the Meeting noted with concern that Lithuania denounced the Convention.");
        assertThat(text(decisions.get(1))).isEqualTo("Also in the context of its consideration of the general status and "
                + "operation of the Convention, the Meeting also urged Lithuania to reconsider.");
    }

    @Test
    void theAnnexListsDocumentsWithSubmittersAndWithdrawals() {
        log(convened());
        log(new DocumentSubmitted(BEFORE, DocumentSymbol.of("CCM/MSP/2024/1"), "Provisional agenda", "the President", DocumentKind.AGENDA));
        log(new DocumentSubmitted(BEFORE, DocumentSymbol.of("CCM/MSP/2024/8"), "Estimated costs", "the Secretariat", DocumentKind.COST_ESTIMATE));
        log(new DocumentSubmitted(BEFORE, DocumentSymbol.of("CCM/MSP/2024/MISC.2"), "A note", null, DocumentKind.MISC));
        log(new DocumentWithdrawn(BEFORE, DocumentSymbol.of("CCM/MSP/2024/MISC.2"), null));

        ReportDocument report = generate();

        assertThat(report.annex().title()).isEqualTo("List of documents submitted to the Twelfth Meeting of States Parties to the Convention on Cluster Munitions");
        assertThat(report.annex().documents()).containsExactly(
                new ReportDocument.AnnexEntry("CCM/MSP/2024/1", "Provisional agenda. Submitted by the President"),
                new ReportDocument.AnnexEntry("CCM/MSP/2024/8", "Estimated costs. Note by the Secretariat"),
                new ReportDocument.AnnexEntry("CCM/MSP/2024/MISC.2", "Withdrawn"));
        assertThat(text(paragraphs(report).get(paragraphs(report).size() - 1))).startsWith("A list of documents submitted to the Twelfth");
    }

    @Test
    void markdownCarriesFootnotesAndTheAnnexTable() {
        log(convened());
        log(new DocumentSubmitted(BEFORE, DocumentSymbol.of("CCM/MSP/2024/1"), "Provisional agenda", "the President", DocumentKind.AGENDA));

        String md = new MarkdownRenderer().render(generate());

        assertThat(md).contains("## I. Introduction").contains("[^1]: CCM/CONF/2021/6, paragraph 84(ii)(a).")
                .contains("a Meeting of States parties for up to four days.[^1]")
                .contains("| CCM/MSP/2024/1 | Provisional agenda. Submitted by the President |");
    }

    @Test
    void theGeneratorHoldsNoFactOfAParticularMeeting() throws java.io.IOException {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/org/rapporteur/query/report/compose/ReportGenerator.java"));
        for (String fact : List.of("Cluster", "Geneva", "Lausanne", "CCM/", "Twelfth", "Chad", "Germany", "Lao",
                "Mexico", "2024", "Tibesti", "Lithuania")) {
            assertThat(source).as("the generator must not name " + fact).doesNotContain(fact);
        }
    }

    private static final MeetingMoment SIXTH = MeetingMoment.inPlenary(6, LocalDate.of(2024, 9, 13));

    private String texts(ReportDocument report) {
        return paragraphs(report).stream().map(ReportGeneratorTest::text).collect(Collectors.joining("\n"));
    }

    /** Logs {@code facts} after the convening in the given order and returns the report's paragraphs as text. */
    private String reportOf(List<MeetingEvent> facts) {
        events.clear();
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        facts.forEach(this::log);
        return texts(generate());
    }

    @Test
    void theOpeningWithItsCeremonyWhicheverWasLoggedFirst() {
        MeetingEvent opened = new org.rapporteur.events.meeting.MeetingOpened(FIRST,
                new Person("Ambassador", "A. B. Chair", null, null, StateCode.of("MEX"), "her"), null);
        MeetingEvent ceremony = new org.rapporteur.events.meeting.OpeningCeremonyHeld(FIRST, List.of(
                new org.rapporteur.events.meeting.OpeningCeremonyHeld.Speaker(null, "C. Speaker", null, StateCode.of("CHE"), false, null, null, null)), null);

        String openedFirst = reportOf(List.of(opened, ceremony));
        String ceremonyFirst = reportOf(List.of(ceremony, opened));

        assertThat(openedFirst).isEqualTo(ceremonyFirst)
                .contains("The Meeting was opened on 10 September 2024 by Ambassador A. B. Chair of Mexico, President of the "
                        + "Twelfth Meeting of States parties. An opening ceremony featured messages by C. Speaker of Switzerland.");
    }

    @Test
    void aDecisionWithTheCostsItAdoptsWhicheverWasLoggedFirst() {
        org.rapporteur.events.SessionRef thirteenth = new org.rapporteur.events.SessionRef("session", 13);
        MeetingEvent next = new org.rapporteur.events.meeting.NextSessionDecided(SIXTH, thirteenth,
                LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 18), null,
                new org.rapporteur.events.meeting.MeetingConvened.Venue("Geneva", null), null);
        MeetingEvent costs = new org.rapporteur.events.decisions.EstimatedCostsAdopted(SIXTH, thirteenth, DocumentSymbol.of("CCM/MSP/2024/8"), false, null, null);

        String nextFirst = reportOf(List.of(next, costs));
        String costsFirst = reportOf(List.of(costs, next));

        assertThat(nextFirst).isEqualTo(costsFirst).contains("The Meeting also decided that the Thirteenth Meeting of States "
                + "parties will take place from 15 to 18 September 2025 in Geneva and adopted the estimated costs of the "
                + "Thirteenth Meeting of States Parties, as contained in document CCM/MSP/2024/8.");
    }

    @Test
    void aMissingFactIsAProblemListedNeverASentenceWithAHole() {
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        String opened = log(org.rapporteur.query.TwelfthMeeting.vicePresidents(FIRST, "CHE"));
        log(new org.rapporteur.events.work.DocumentConsidered(FIRST, DocumentSymbol.of("CCM/MSP/2024/WP.9"), null, false, null));

        ReportDocument report = generate();

        assertThat(texts(report)).doesNotContain("submitted by ,").doesNotContain("submitted by  as");
        // the outline's parts with nothing recorded are problems of their own (CompositionTest)
        assertThat(report.problems()).filteredOn(p -> !p.message().startsWith("part '")).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("'document-considered' needs by");
            assertThat(p.eventIds()).containsExactly("e4");
        });
        assertThat(opened).isEqualTo("e3");
    }

    @Test
    void aMarkNamingASessionOfTheBodyIsWrittenAsTheProfileNamesItAsAreTheCcmsFirstMarks() {
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        log(new DecisionAdopted(FIRST, false, List.of(new Sentence(null, null, null, List.of(new Clause(Verb.RECALLED, null,
                "the {session:11}, the {session:review-conference:2} and the {Session:12}", null)), null, null))));
        log(new DecisionAdopted(FIRST, false, List.of(new Sentence(null, null, null, List.of(new Clause(Verb.NOTED, null,
                "as stored before: the {msp:11}, the {rc:2} and the {MSP:12}", null)), null, null))));

        ReportDocument report = new ReportGenerator().generate(new MeetingHistory("test-msp", events), "en");

        String general = text(containing(report, "recalled"));
        String stored = text(containing(report, "as stored before"));
        assertThat(general).contains("the Eleventh Meeting of States parties, the Second Review Conference and the Twelfth Meeting of States Parties")
                .doesNotContain("{");
        assertThat(stored).endsWith(general.substring(general.indexOf("the Eleventh")));
    }

    @Test
    void theReportInFrenchKeepsTheAdoptedWordingInEnglishWithANote() {
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        log(new DecisionAdopted(FIRST, false, List.of(new Sentence(null, null, null,
                List.of(new Clause(Verb.NOTED, null, "the report", null)), null, null))));

        ReportDocument fr = new ReportGenerator().generate(new MeetingHistory("test-msp", events), "fr");

        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.sections()).extracting(ReportDocument.Section::title)
                .contains("Introduction", "Organisation de la douzième Assemblée des États parties");
        assertThat(text(containing(fr, "the report"))).startsWith("The Meeting noted the report.[^");
        assertThat(fr.footnotes()).extracting(ReportDocument.Footnote::text)
                .contains("Les textes adoptés par l’Assemblée sont reproduits dans la langue dans laquelle ils ont été adoptés (anglais).");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportGenerator().generate(new MeetingHistory("test-msp", events), "de"))
                .hasMessageContaining("not in 'de'");
    }

    @Test
    void aProfileDroppedIntoTheProfilesDirectoryIsUsedWithoutARebuild(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        ReportGenerator generator = new ReportGenerator(org.rapporteur.profiles.BodyProfiles.load(java.util.Optional.of(dir)));
        log(convened());
        log(new PlenarySessionOpened(FIRST, 1));
        assertThat(generator.generate(new MeetingHistory("test-msp", events)).sections().get(0).title()).isEqualTo("Introduction");

        String ccm;
        try (var in = getClass().getClassLoader().getResourceAsStream("profiles/ccm.yaml")) {
            ccm = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.nio.file.Files.writeString(dir.resolve("ccm.yaml"), ccm.replace("heading: {en: Introduction, fr: Introduction}",
                "heading: {en: \"How the {meeting} came about\", fr: \"Origine de la {meeting}\"}"));

        ReportDocument report = generator.generate(new MeetingHistory("test-msp", events));
        assertThat(report.sections().get(0).title()).isEqualTo("How the Twelfth Meeting of States Parties came about");
        assertThat(generator.fingerprint("ccm", null)).isNotEqualTo(new ReportGenerator().fingerprint("ccm", null));
    }
}
