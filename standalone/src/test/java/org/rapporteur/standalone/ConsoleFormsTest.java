package org.rapporteur.standalone;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's forms: double submission records once, problems stand next to their fields, CSRF is required. */
@SpringBootTest(classes = StandaloneApplication.class)
@AutoConfigureMockMvc
class ConsoleFormsTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoDatabase database;

    @Test
    void aFormSubmittedTwiceRecordsOnce() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(convene("ccm-5msp", "convene-once")).andExpect(status().isOk());
        }
        assertThat(events("ccm-5msp")).isEqualTo(1);

        var first = CompletableFuture.runAsync(() -> openSession("ccm-5msp", "open-once"));
        var second = CompletableFuture.runAsync(() -> openSession("ccm-5msp", "open-once"));
        CompletableFuture.allOf(first, second).join();
        openSession("ccm-5msp", "open-once");
        assertThat(events("ccm-5msp")).as("submitted three times, recorded once").isEqualTo(2);

        Document opened = database.getCollection("domainevents")
                .find(new Document("aggregateIdentifier", "ccm-5msp").append("sequenceNumber", 1L)).first();
        assertThat(String.valueOf(opened.get("serializedMetaData")))
                .contains("\"loggedBy\":\"secretary\"").contains("\"commandId\":\"open-once\"");
    }

    @Test
    void theServersMessageStandsNextToItsFieldAndWhatWasTypedStays() throws Exception {
        mvc.perform(convene("ccm-4msp", "convene-4")).andExpect(status().isOk());
        String page = mvc.perform(post("/console/meetings/ccm-4msp/actions").with(secretary()).with(csrf())
                        .param("_kind", "agenda-adopted").param("commandId", "agenda-4")
                        .param("moment.date", "2024-09-10").param("moment.plenarySession", "first")
                        .param("documentSymbol", "").param("items[0].number", "1").param("items[0].title", "Opening of the Meeting")
                        .param("items[3].number", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // every field's problem at once, in the secretariat's words, next to its field
        assertThat(page).contains("id=\"f-documentSymbol-error\">Required.")
                .contains("id=\"f-moment-plenarySession-error\">A whole number")
                .contains("id=\"f-items-1-title-error\">Required.")
                .contains("3 fields need attention")
                .contains("value=\"first\"").contains("value=\"Opening of the Meeting\"")
                .contains("value=\"agenda-4\"");
        assertThat(events("ccm-4msp")).isEqualTo(1);
    }

    @Test
    void aWithdrawnActionLeavesTheDraftAndStaysInTheTimeline() throws Exception {
        mvc.perform(convene("ccm-2msp", "convene-2")).andExpect(status().isOk());
        openSession("ccm-2msp", "open-2");
        String recorded = mvc.perform(post("/console/meetings/ccm-2msp/actions").with(secretary()).with(csrf())
                        .param("_kind", "document-submitted").param("commandId", "document-2")
                        .param("moment.date", "2024-09-10").param("symbol", "CCM/MSP/2024/WP.9")
                        .param("title", "Working paper on cooperation").param("kind", "WORKING_PAPER"))
                .andReturn().getResponse().getContentAsString();
        assertThat(recorded).contains("Recorded: ").contains("CCM/MSP/2024/WP.9");
        String submitted = database.getCollection("domainevents")
                .find(new Document("aggregateIdentifier", "ccm-2msp").append("sequenceNumber", 2L)).first()
                .getString("eventIdentifier");
        assertThat(fragment("/console/meetings/ccm-2msp/report")).contains("CCM/MSP/2024/WP.9");

        String refused = mvc.perform(post("/console/meetings/ccm-2msp/withdraw/" + submitted).with(secretary()).with(csrf())
                .param("commandId", "withdraw-2").param("reason", " ")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"f-reason-error\"");
        mvc.perform(post("/console/meetings/ccm-2msp/withdraw/" + submitted).with(secretary()).with(csrf())
                .param("commandId", "withdraw-2").param("reason", "submitted to the wrong meeting"))
                .andExpect(status().isOk());

        assertThat(fragment("/console/meetings/ccm-2msp/report")).doesNotContain("CCM/MSP/2024/WP.9");
        assertThat(fragment("/console/meetings/ccm-2msp/timeline")).contains("withdrawn by #3")
                .contains("withdraws #2 because submitted to the wrong meeting");
    }

    @Test
    void aRuleOfTheMeetingIsShownOnTheFormAndNothingIsRecorded() throws Exception {
        mvc.perform(convene("ccm-1msp", "convene-1")).andExpect(status().isOk());
        String page = mvc.perform(post("/console/meetings/ccm-1msp/actions").with(secretary()).with(csrf())
                        .param("_kind", "agenda-adopted").param("commandId", "agenda-1").param("moment.date", "2024-09-10")
                        .param("documentSymbol", "CCM/MSP/2024/1").param("items[0].number", "1")
                        .param("items[0].title", "Opening of the Meeting"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"problem\"").contains("plenary session")
                .contains("value=\"CCM/MSP/2024/1\"").contains("value=\"agenda-1\"");
        assertThat(events("ccm-1msp")).isEqualTo(1);
    }

    @Autowired
    org.axonframework.commandhandling.gateway.CommandGateway commands;

    @Autowired
    org.axonframework.eventsourcing.eventstore.EventStore eventStore;

    @Test
    void everyKindsFormAndEveryCorrectionOpensForASessionOfAnotherBodyWithoutJsonOrCodes() throws Exception {
        new org.rapporteur.command.scenario.ScenarioRecorder(commands, eventStore)
                .record(org.rapporteur.command.scenario.Scenario.read(Path.of("..", "examples", "ipcc-42.yaml")), TestUsers.SECRETARY);
        java.util.regex.Pattern value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"");
        for (Class<? extends org.rapporteur.events.MeetingEvent> type : org.rapporteur.events.catalogue.Actions.all()) {
            String kind = org.rapporteur.events.catalogue.Actions.name(type);
            if (kind.equals("meeting-convened") || kind.equals("action-corrected") || kind.equals("action-withdrawn")) {
                continue;
            }
            String form = fragment("/console/meetings/ipcc-42/form?kind=" + kind);
            assertThat(form).as(kind).contains("data-kind=\"" + kind + "\"");
        }
        for (Document event : database.getCollection("domainevents").find(new Document("aggregateIdentifier", "ipcc-42"))) {
            if (event.getLong("sequenceNumber") == 0) {
                continue;
            }
            String form = fragment("/console/meetings/ipcc-42/correct/" + event.getString("eventIdentifier"));
            java.util.regex.Matcher values = value.matcher(form.replaceAll("(?s)<template>.*?</template>", ""));
            while (values.find()) {
                String shown = org.springframework.web.util.HtmlUtils.htmlUnescape(values.group(1));
                assertThat(shown).as(event.getString("payloadType") + " shows " + shown).doesNotStartWith("{").doesNotStartWith("[");
            }
        }
        assertThat(fragment("/console/meetings/ipcc-42/form?kind=officers-elected"))
                .contains(">IPCC Vice-Chair<").contains("Who: a person, or a State").doesNotContain(">Vice-President<");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/meetings").with(secretary()).param("id", "ccm-3msp")).andExpect(status().isForbidden());
    }

    private void openSession(String meetingId, String commandId) {
        try {
            mvc.perform(post("/console/meetings/" + meetingId + "/actions").with(secretary()).with(csrf())
                    .param("_kind", "plenary-session-opened").param("commandId", commandId)
                    .param("moment.date", "2024-09-10").param("moment.plenarySession", "1").param("number", "1"))
                    .andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletRequestBuilder convene(String meetingId, String commandId) {
        return post("/console/meetings").with(secretary()).with(csrf())
                .param("commandId", commandId).param("id", meetingId)
                .param("moment.date", "2023-09-14").param("convention.name", "Convention on Cluster Munitions")
                .param("profile", "ccm").param("ordinal", "12").param("meetingKind", "Meeting of States Parties").param("venue.city", "Geneva")
                .param("startsOn", "2024-09-10").param("endsOn", "2024-09-13").param("symbolPrefix", "CCM/MSP/2024");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor secretary() {
        return user(TestUsers.SECRETARY).roles("SECRETARIAT", "READER");
    }

    private String fragment(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(secretary()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long events(String meetingId) {
        return database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", meetingId));
    }
}
