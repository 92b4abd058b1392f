package org.rapporteur.events;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.meeting.MeetingUpcasters;
import org.rapporteur.eventstore.EventJson;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored events of the retired CCM kinds, as the code before their retirement wrote them, read as the general kinds. */
class RetiredKindsUpcastersTest {

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    private Object read(String type, String revision, String json, String expectedType, String expectedRevision) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Meeting", "m", 0, "e1", "2024-09-13T18:00:00Z",
                type, revision, json, "{}");
        List<IntermediateEventRepresentation> upcast = MeetingUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation event = upcast.get(0);
        assertThat(event.getType().getName()).isEqualTo(expectedType);
        assertThat(event.getType().getRevision()).isEqualTo(expectedRevision);
        return serializer.deserialize(new SimpleSerializedObject<>(event.getData(String.class).getData(), String.class,
                event.getType()));
    }

    @Test
    void aFinalReportAdoptedReadsAsTheReportAdoptedToBeIssuedUnderItsSymbol() {
        ReportAdopted adopted = (ReportAdopted) read("org.rapporteur.events.decisions.FinalReportAdopted", "1", """
                {"moment":{"plenarySession":6,"date":"2024-09-13","time":null},"draftSymbol":"CCM/MSP/2024/CRP.1",
                 "symbol":"CCM/MSP/2024/11","issuedOn":"2024-09-20"}""", ReportAdopted.class.getName(), "2");
        assertThat(adopted.moment()).isEqualTo(MeetingMoment.inPlenary(6, LocalDate.of(2024, 9, 13)));
        assertThat(adopted.draftSymbol()).isEqualTo("CCM/MSP/2024/CRP.1");
        assertThat(adopted.symbol()).isEqualTo("CCM/MSP/2024/11");
        assertThat(adopted.issuedOn()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(adopted.amended()).isFalse();
        assertThat(adopted.adReferendum()).isFalse();
        assertThat(adopted.entrustedTo()).isNull();
    }

    @Test
    void aFinalReportAdoptedWithoutADateOfIssueHasNone() {
        ReportAdopted adopted = (ReportAdopted) read("org.rapporteur.events.decisions.FinalReportAdopted", "1", """
                {"moment":{"plenarySession":2,"date":"2025-09-16"},"draftSymbol":"CCM/MSP/2025/CRP.1",
                 "symbol":"CCM/MSP/2025/5"}""", ReportAdopted.class.getName(), "2");
        assertThat(adopted.symbol()).isEqualTo("CCM/MSP/2025/5");
        assertThat(adopted.issuedOn()).isNull();
    }

    @Test
    void aReportAdoptedOfRevisionOneHasNoSymbolNorDateOfIssue() {
        ReportAdopted adopted = (ReportAdopted) read(ReportAdopted.class.getName(), "1", """
                {"moment":{"plenarySession":8,"date":"2022-12-16"},"draftSymbol":"BWC/CONF.IX/CRP.1","amended":true,
                 "adReferendum":true,"entrustedTo":"the Rapporteur"}""", ReportAdopted.class.getName(), "2");
        assertThat(adopted.amended()).isTrue();
        assertThat(adopted.entrustedTo()).isEqualTo("the Rapporteur");
        assertThat(adopted.symbol()).isNull();
        assertThat(adopted.issuedOn()).isNull();
    }

    @Test
    void aCorrectionOfAFinalReportAdoptedCorrectsAReportAdopted() {
        ActionCorrected correction = (ActionCorrected) read(ActionCorrected.class.getName(), "1", """
                {"moment":{"date":"2024-09-13"},"correctedEventId":"e9","reason":"wrong symbol",
                 "corrected":{"@class":"org.rapporteur.events.decisions.FinalReportAdopted",
                  "moment":{"plenarySession":6,"date":"2024-09-13"},"draftSymbol":"CCM/MSP/2024/CRP.1",
                  "symbol":"CCM/MSP/2024/11","issuedOn":null}}""", ActionCorrected.class.getName(), "1");
        assertThat(correction.corrected()).isInstanceOf(ReportAdopted.class);
        assertThat(((ReportAdopted) correction.corrected()).symbol()).isEqualTo("CCM/MSP/2024/11");
        assertThat(correction.reason()).isEqualTo("wrong symbol");
    }

    @Test
    void aCorrectionOfAnotherKindPassesUnchanged() {
        ActionCorrected correction = (ActionCorrected) read(ActionCorrected.class.getName(), "1", """
                {"moment":{"date":"2024-09-13"},"correctedEventId":"e9","reason":"typo",
                 "corrected":{"@class":"org.rapporteur.events.decisions.ReportAdopted",
                  "moment":{"plenarySession":6,"date":"2024-09-13"},"draftSymbol":"X/CRP.1","amended":false,
                  "adReferendum":false}}""", ActionCorrected.class.getName(), "1");
        assertThat(((ReportAdopted) correction.corrected()).draftSymbol()).isEqualTo("X/CRP.1");
    }

    @Test
    void aRetiredKindIsRefusedOnInputWithTheKindToUse() {
        assertThat(Actions.byName("final-report-adopted")).isEmpty();
        assertThat(Actions.unknown("final-report-adopted")).contains("no longer recorded").contains("use report-adopted");
        assertThat(Actions.unknown("minutes-approved")).isEqualTo("minutes-approved is not a kind of action");
    }
}
