package org.rapporteur.command.scenario;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.command.meeting.RulesCheck;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.meeting.MeetingConvened;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example meeting records through the meeting's rules on a clean store, naming a shipped body profile, and
 * the new bodies' meetings say what happened with kinds of their own, never with free decision wording.
 */
class ExampleMeetingsTest {

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples");
    }

    static List<MeetingEvent> recorded(String file) {
        Scenario scenario = Scenario.read(examples().resolve(file));
        try (RulesCheck check = new RulesCheck()) {
            new ScenarioRecorder(check.commandGateway(), check.eventStore()).record(scenario);
            return check.eventStore().readEvents(scenario.meetingId()).asStream()
                    .map(DomainEventMessage::getPayload).map(MeetingEvent.class::cast).toList();
        }
    }

    static Map<String, Long> kinds(List<MeetingEvent> events) {
        return events.stream().collect(Collectors.groupingBy(e -> Actions.name(e.getClass()), Collectors.counting()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ccm-12msp.yaml", "ccm-13msp-sample.yaml", "bwc-9revcon.yaml", "cites-cop16.yaml", "ipcc-42.yaml", "cites-sample.yaml"})
    void everyExampleRecordsWholeThroughTheRules(String file) {
        List<MeetingEvent> events = recorded(file);
        assertThat(events).hasSize(Scenario.read(examples().resolve(file)).entries().size() + 1);
        assertThat(events.get(0)).isInstanceOf(MeetingConvened.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bwc-9revcon.yaml", "cites-cop16.yaml", "ipcc-42.yaml"})
    void theNewBodiesMeetingsUseNoFreeDecisionWording(String file) {
        List<MeetingEvent> events = recorded(file);
        assertThat(events).noneMatch(DecisionAdopted.class::isInstance);
        assertThat(((MeetingConvened) events.get(0)).profile()).isIn("bwc", "cites", "ipcc");
    }

    @org.junit.jupiter.api.Test
    void theReviewConferenceElectsItsPresidentSetsUpItsCommitteesAndAdoptsItsFinalDocument() {
        Map<String, Long> kinds = kinds(recorded("bwc-9revcon.yaml"));
        assertThat(kinds).containsEntry("officers-elected", 1L).containsEntry("subsidiary-body-established", 4L)
                .containsEntry("numbered-decision-adopted", 1L).containsEntry("membership-reported", 1L)
                .containsEntry("next-session-decided", 1L).containsEntry("rules-of-procedure-adopted", 1L);
    }

    @org.junit.jupiter.api.Test
    void theConferenceOfThePartiesExaminesCredentialsAndVotes() {
        Map<String, Long> kinds = kinds(recorded("cites-cop16.yaml"));
        assertThat(kinds.keySet()).contains("credentials-examined", "credentials-report-approved", "vote-recorded",
                "subsidiary-body-established", "subsidiary-body-reported", "acting-officer-designated",
                "statement-delivered", "numbered-decision-adopted");
    }

    @org.junit.jupiter.api.Test
    void thePanelElectsItsBureauByRegionUnderAnActingChair() {
        Map<String, Long> kinds = kinds(recorded("ipcc-42.yaml"));
        assertThat(kinds.keySet()).contains("acting-officer-designated", "officers-elected", "attendance-recorded",
                "numbered-decision-adopted", "subsidiary-body-established", "subsidiary-body-report-acted-on",
                "statement-delivered");
        assertThat(kinds.get("officers-elected")).isGreaterThanOrEqualTo(5L);
    }
}
