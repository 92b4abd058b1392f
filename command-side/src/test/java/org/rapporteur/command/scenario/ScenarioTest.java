package org.rapporteur.command.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.officers.OfficersElected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {

    private static final String HEADER = """
            meeting:
              id: test-msp
              date: 2024-06-01
              facts:
                profile: ccm
                ordinal: 12
                meetingKind: Meeting of States Parties
                venue: {city: Geneva, country: CHE}
                startsOn: 2024-09-10
                endsOn: 2024-09-13
                symbolPrefix: CCM/MSP/2024
            actions:
            """;

    @TempDir
    Path dir;

    private Path file(String actions) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, HEADER + actions);
        return file;
    }

    @Test
    void theClockCarriesOverAndCommandIdsComeFromThePosition() throws IOException {
        Scenario scenario = Scenario.read(file("""
                  - kind: document-submitted
                    facts: {symbol: CCM/MSP/2024/1, title: Provisional agenda, kind: agenda}
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    time: "10:00"
                    facts: {number: 1}
                  - kind: officers-elected
                    facts: {office: vice-president, elected: [{holder: {state: LKA}}, {holder: {state: CHE}}], mode: acclamation}
                  - kind: plenary-session-closed
                    facts: {number: 1}
                  - kind: meeting-closed
                """));
        List<Object> commands = scenario.commands();
        assertThat(commands).hasSize(6);
        assertThat(((ConveneMeeting) commands.get(0)).commandId()).isEqualTo("test-msp/0");
        RecordAction elected = (RecordAction) commands.get(3);
        assertThat(elected.commandId()).isEqualTo("test-msp/3");
        assertThat(elected.action()).isInstanceOf(OfficersElected.class);
        assertThat(elected.action().moment()).isEqualTo(new MeetingMoment(1, LocalDate.of(2024, 9, 10), null));
        assertThat(((RecordAction) commands.get(2)).action().moment().time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(((RecordAction) commands.get(1)).action().moment()).isEqualTo(MeetingMoment.outsidePlenary(LocalDate.of(2024, 6, 1)));
        assertThat(((RecordAction) commands.get(5)).action().moment().plenarySession()).isNull();
    }

    @Test
    void aCorrectionPointsAtTheCommandOfItsLabelledAction() throws IOException {
        Scenario scenario = Scenario.read(file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: officers-elected
                    ref: vps
                    facts: {office: vice-president, elected: [{holder: {state: LKA}}, {holder: {state: CHE}}], mode: acclamation}
                  - kind: action-corrected
                    corrects: vps
                    reason: Iraq was elected, not Switzerland
                    facts: {office: vice-president, elected: [{holder: {state: LKA}}, {holder: {state: IRQ}}], mode: acclamation}
                """));
        ActionCorrected correction = (ActionCorrected) scenario.entries().get(2).action();
        assertThat(correction.correctedEventId()).isEqualTo("command:test-msp/2");
        assertThat(((OfficersElected) correction.corrected()).elected()).extracting(e -> e.holder().state().text())
                .containsExactly("LKA", "IRQ");
        assertThat(correction.corrected().moment().plenarySession()).isEqualTo(1);
    }

    @Test
    void theExamplesAreValid() {
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples");
        assertThat(Scenario.read(examples.resolve("ccm-12msp.yaml")).entries()).hasSizeGreaterThan(100);
        assertThat(Scenario.read(examples.resolve("ccm-13msp-sample.yaml")).meetingId()).isEqualTo("ccm-13msp-sample");
    }

    @Test
    void anUnknownKindIsReportedWithItsLine() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: vice-president-elected
                    facts: {states: [LKA], method: acclamation}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(file + ":16: unknown kind 'vice-president-elected' (see org.rapporteur.events.catalogue.Actions)");
    }

    @Test
    void aRetiredKindIsRefusedWithTheKindToUseInstead() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-13
                    facts: {number: 6}
                  - kind: final-report-adopted
                    facts: {draftSymbol: CCM/MSP/2024/CRP.1, symbol: CCM/MSP/2024/11}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(file + ":16: kind 'final-report-adopted' is no longer recorded: use report-adopted"
                        + " (its draftSymbol, symbol and issuedOn)");
    }

    @Test
    void vicePresidentsElectedIsRefusedNamingOfficersElected() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: vice-presidents-elected
                    facts: {states: [LKA, CHE], method: acclamation}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ":16: kind 'vice-presidents-elected' is no longer recorded: use officers-elected"
                        + " (office: vice-president;");
    }

    @Test
    void anUnknownStateCodeIsReportedAtItsLine() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: participants-registered
                    facts:
                      states:
                        - LKA
                        - XYZ
                      category: state_party
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).line()).isEqualTo(20))
                .hasMessageContaining("'XYZ' is not a State's ISO 3166 alpha-3 code");
    }

    @Test
    void anItemNumberNotInTheFormOfAnAgendaIsReportedAtItsLine() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: agenda-adopted
                    facts:
                      documentSymbol: CCM/MSP/2024/1
                      items:
                        - {number: "11 (a)", title: Opening}
                        - {number: "Item 2", title: Agenda}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).line()).isEqualTo(21))
                .hasMessageContaining("items[1].number: 'Item 2' is not an agenda item's number");
    }

    @Test
    void aMissingRequiredFactIsReportedWithTheFieldAndLine() throws IOException {
        Path file = file("""
                  - kind: document-submitted
                    facts:
                      symbol: CCM/MSP/2024/1
                      kind: agenda
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).line()).isEqualTo(14))
                .hasMessageContaining("title must not be blank");
    }

    @Test
    void aWrongValueIsReportedAtItsLine() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: officers-elected
                    facts:
                      office: vice-president
                      mode: by-show-of-hands
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).line()).isEqualTo(19))
                .hasMessageContaining("mode");
    }

    @Test
    void anUnknownFieldOrLabelOrBrokenYamlIsReported() throws IOException {
        Path unknownField = file("""
                  - kind: meeting-closed
                    facts: {colour: blue}
                """);
        assertThatThrownBy(() -> Scenario.read(unknownField)).hasMessageStartingWith(unknownField + ":14:")
                .hasMessageContaining("colour");

        Path unknownLabel = file("""
                  - kind: action-withdrawn
                    withdraws: nowhere
                    reason: logged twice
                """);
        assertThatThrownBy(() -> Scenario.read(unknownLabel)).hasMessageStartingWith(unknownLabel + ":14:")
                .hasMessageContaining("no earlier action is labelled 'nowhere'");

        Path broken = file("""
                  - kind: meeting-closed
                    facts: {a: [1, 2}
                """);
        assertThatThrownBy(() -> Scenario.read(broken)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(broken + ":14:").hasMessageContaining("not valid YAML");
    }

    @Test
    void placeholdersMustNameKnownDocumentsAndOrganisations() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: decision-adopted
                    facts:
                      sentences:
                        - clauses:
                            - verb: welcomed
                              text: "the working paper {title:CCM/MSP/2024/WP.9}"
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(file + ":21: {title:CCM/MSP/2024/WP.9} names no document submitted earlier in the file");
    }

    @Test
    void aFootnoteMarkMustNameANoteOfItsSentence() throws IOException {
        Path file = file("""
                  - kind: plenary-session-opened
                    date: 2024-09-10
                    facts: {number: 1}
                  - kind: decision-adopted
                    facts:
                      sentences:
                        - clauses:
                            - {verb: noted, text: "the report{fn:1}"}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(file + ":16: {fn:1} names no note: its sentence has 0 notes");
    }

    @Test
    void aKeyGivenTwiceInAMappingIsRefusedWithItsLine() throws IOException {
        Path file = file("""
                  - kind: document-submitted
                    facts:
                      symbol: CCM/MSP/2024/1
                      title: Provisional agenda
                      title: Another title
                      kind: agenda
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ":17: ").hasMessageContaining("'title' is given twice");
    }

    @Test
    void anUnknownStateInsideAPersonIsRefused() throws IOException {
        Path file = file("""
                  - kind: president-designated
                    facts:
                      president: {name: Ms. A, state: ZZZ}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("'ZZZ' is not a State");
    }

    @Test
    void aDateOutsideTheSaneRangeIsRefused() throws IOException {
        Path file = file("""
                  - kind: document-submitted
                    date: 2999-01-01
                    facts: {symbol: CCM/MSP/2024/1, title: Provisional agenda, kind: agenda}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("2999-01-01 is outside the dates a meeting can have");
    }

    @Test
    void anEmptyListEntryIsRefused() throws IOException {
        Path file = file("""
                  - kind: participants-registered
                    facts: {category: STATE_PARTY, states: [AUT, null]}
                """);
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("states[1]: an empty entry (null) in a list");
    }
}
