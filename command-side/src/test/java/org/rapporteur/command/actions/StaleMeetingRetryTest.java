package org.rapporteur.command.actions;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.command.actions.TestHttp.document;
import static org.rapporteur.command.actions.TestHttp.json;

/**
 * Another command-side process writes to a meeting this one holds in memory (here: an event appended to the shared
 * store behind this process's back, as the other process's write would be). This process's next write for the meeting
 * reloads it and succeeds, unless the client named the version it expected.
 */
class StaleMeetingRetryTest extends CommandSideOverHttp {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    @BeforeEach
    void convene() {
        meeting = "ccm-stale-" + MEETINGS.incrementAndGet();
        assertThat(http.post("/api/meetings", TestHttp.convening(meeting), Map.of()).statusCode()).isEqualTo(201);
        assertThat(http.post(actions("documents"), document("CCM/MSP/2024/1"), Map.of()).statusCode()).isEqualTo(201);
        assertThat(meetingCache.containsKey(meeting)).as("the meeting is held in memory").isTrue();
    }

    @Test
    void aMeetingWrittenByAnotherProcessIsReloadedAndTheCommandRecorded() {
        writtenByTheOtherProcess(2, "CCM/MSP/2024/2");

        HttpResponse<String> next = http.post(actions("documents"), document("CCM/MSP/2024/3"), Map.of());

        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        assertThat(json(next).path("sequence").asLong()).isEqualTo(3);
        assertThat(eventStore.readEvents(meeting, 0L).asStream().map(m -> ((Object) m.getPayload()).getClass().getSimpleName()))
                .hasSize(4);
    }

    @Test
    void theRulesJudgeTheReloadedMeeting() {
        writtenByTheOtherProcess(2, "CCM/MSP/2024/2");
        assertThat(http.post("/api/meetings/" + meeting + "/sessions", "{\"kind\": \"plenary-session-opened\", \"number\": 1}",
                Map.of()).statusCode()).isEqualTo(201);
        appendSessionOpenedByTheOtherProcess(4, 2);

        HttpResponse<String> overlapping = http.post("/api/meetings/" + meeting + "/sessions",
                "{\"kind\": \"plenary-session-opened\", \"number\": 3}", Map.of());

        assertThat(overlapping.statusCode()).as(overlapping.body()).isEqualTo(409);
        assertThat(json(overlapping).path("rule").asText()).isEqualTo("PlenarySessionsDoNotOverlap");
    }

    @Test
    void withAnExpectedVersionTheConflictIsReported() {
        writtenByTheOtherProcess(2, "CCM/MSP/2024/2");

        HttpResponse<String> stale = http.post(actions("documents"), document("CCM/MSP/2024/3"), Map.of("If-Match", "\"1\""));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(TestHttp.notACleanRefusal(stale)).isNull();
        assertThat(eventStore.readEvents(meeting, 0L).asStream().count()).isEqualTo(3);
    }

    private void writtenByTheOtherProcess(long sequence, String symbol) {
        eventStore.publish(new GenericDomainEventMessage<>("MeetingAggregate", meeting, sequence,
                new DocumentSubmitted(MeetingMoment.outsidePlenary(LocalDate.of(2024, 9, 10)), DocumentSymbol.of(symbol), "Another",
                        "President", DocumentKind.AGENDA),
                MetaData.with("loggedBy", "other-process").and("commandId", UUID.randomUUID().toString())));
    }

    private void appendSessionOpenedByTheOtherProcess(long sequence, int number) {
        eventStore.publish(new GenericDomainEventMessage<>("MeetingAggregate", meeting, sequence,
                new org.rapporteur.events.meeting.PlenarySessionClosed(MeetingMoment.inPlenary(1, LocalDate.now()), 1),
                MetaData.with("loggedBy", "other-process")));
        eventStore.publish(new GenericDomainEventMessage<>("MeetingAggregate", meeting, sequence + 1,
                new org.rapporteur.events.meeting.PlenarySessionOpened(MeetingMoment.inPlenary(number, LocalDate.now()), number),
                MetaData.with("loggedBy", "other-process")));
    }
}
