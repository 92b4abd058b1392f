package org.rapporteur.events.catalogue;

import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.SessionRef;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.decisions.DecisionForm;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.Holder;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.events.EventJson;

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
        List<IntermediateEventRepresentation> upcast = RetiredKinds.chain()
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
        assertThat(adopted.draftSymbol()).isEqualTo(DocumentSymbol.of("CCM/MSP/2024/CRP.1"));
        assertThat(adopted.symbol()).isEqualTo(DocumentSymbol.of("CCM/MSP/2024/11"));
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
        assertThat(adopted.symbol()).isEqualTo(DocumentSymbol.of("CCM/MSP/2025/5"));
        assertThat(adopted.issuedOn()).isNull();
    }

    @Test
    void anObserverStatusOfRevisionOneIsOfAFixedCategory() {
        ObserverStatusConfirmed confirmed = (ObserverStatusConfirmed) read(ObserverStatusConfirmed.class.getName(), "1", """
                {"moment":{"plenarySession":1,"date":"2024-09-10"},"category":"OTHER_ORGANISATION","unanimously":true}""",
                ObserverStatusConfirmed.class.getName(), "2");
        assertThat(confirmed.category()).isEqualTo(ParticipantCategory.OTHER_ORGANISATION);
        assertThat(confirmed.bodyCategory()).isNull();
        assertThat(confirmed.unanimously()).isTrue();
    }

    @Test
    void anExtensionGrantedOfRevisionOneIsNotSaidHow() {
        ExtensionRequestGranted granted = (ExtensionRequestGranted) read(ExtensionRequestGranted.class.getName(), "1", """
                {"moment":{"plenarySession":5,"date":"2024-09-12"},"state":"TCD","article":"4","years":2,
                 "newDeadline":"2026-08-01","observations":[],"keepApprised":true}""",
                ExtensionRequestGranted.class.getName(), "2");
        assertThat(granted.adoption()).isNull();
        assertThat(granted.years()).isEqualTo(2);
        assertThat(granted.keepApprised()).isTrue();
    }

    @Test
    void aNumberedDecisionOfRevisionOneIsADecision() {
        NumberedDecisionAdopted adopted = (NumberedDecisionAdopted) read(NumberedDecisionAdopted.class.getName(), "1", """
                {"moment":{"plenarySession":4,"date":"2015-10-08"},"number":"IPCC/XLII-1","title":"Trust Fund and Programme",
                 "operativeText":["Approves the budget."],"adoption":"CONSENSUS","adReferendum":false,"orallyAmended":false}""",
                NumberedDecisionAdopted.class.getName(), "2");
        assertThat(adopted.form()).isEqualTo(DecisionForm.DECISION);
        assertThat(adopted.number()).isEqualTo("IPCC/XLII-1");
        assertThat(adopted.operativeText()).containsExactly("Approves the budget.");
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
                  "symbol":"CCM/MSP/2024/11","issuedOn":null}}""", ActionCorrected.class.getName(), "2");
        assertThat(correction.corrected()).isInstanceOf(ReportAdopted.class);
        assertThat(((ReportAdopted) correction.corrected()).symbol()).isEqualTo(DocumentSymbol.of("CCM/MSP/2024/11"));
        assertThat(correction.reason()).isEqualTo("wrong symbol");
    }

    @Test
    void aCorrectionOfAnotherKindPassesUnchanged() {
        ActionCorrected correction = (ActionCorrected) read(ActionCorrected.class.getName(), "1", """
                {"moment":{"date":"2024-09-13"},"correctedEventId":"e9","reason":"typo",
                 "corrected":{"@class":"org.rapporteur.events.decisions.ReportAdopted",
                  "moment":{"plenarySession":6,"date":"2024-09-13"},"draftSymbol":"X/CRP.1","amended":false,
                  "adReferendum":false}}""", ActionCorrected.class.getName(), "2");
        assertThat(((ReportAdopted) correction.corrected()).draftSymbol()).isEqualTo(DocumentSymbol.of("X/CRP.1"));
    }

    @Test
    void aNextMeetingScheduledForTheWeekOfADateReadsAsTheNextSessionDecided() {
        NextSessionDecided decided = (NextSessionDecided) read("org.rapporteur.events.meeting.NextMeetingScheduled", "1", """
                {"moment":{"plenarySession":6,"date":"2024-09-13"},"meeting":{"kind":"MEETING_OF_STATES_PARTIES","ordinal":13},
                 "startsOn":null,"endsOn":null,"weekOf":"2025-09-15","city":"Geneva"}""", NextSessionDecided.class.getName(), "2");
        assertThat(decided.session()).isEqualTo(new SessionRef("session", 13));
        assertThat(decided.weekOf()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(decided.startsOn()).isNull();
        assertThat(decided.venue()).isEqualTo(new MeetingConvened.Venue("Geneva", null));
        assertThat(decided.delegatedTo()).isNull();
    }

    @Test
    void aNextMeetingScheduledOnDatesKeepsThem() {
        NextSessionDecided decided = (NextSessionDecided) read("org.rapporteur.events.meeting.NextMeetingScheduled", "1", """
                {"moment":{"plenarySession":2,"date":"2025-09-16"},"meeting":{"kind":"REVIEW_CONFERENCE","ordinal":3},
                 "startsOn":"2026-09-14","endsOn":"2026-09-17","city":"Geneva"}""", NextSessionDecided.class.getName(), "2");
        assertThat(decided.session()).isEqualTo(new SessionRef("review-conference", 3));
        assertThat(decided.startsOn()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(decided.endsOn()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(decided.weekOf()).isNull();
    }

    @Test
    void aNextSessionDecidedOfRevisionOneIsNotForAWeek() {
        NextSessionDecided decided = (NextSessionDecided) read(NextSessionDecided.class.getName(), "1", """
                {"moment":{"plenarySession":8,"date":"2024-11-29"},"session":{"kind":"session","ordinal":21},
                 "startsOn":"2025-11-24","endsOn":"2025-11-28","venue":{"city":"Geneva","country":"CHE"},"delegatedTo":null}""",
                NextSessionDecided.class.getName(), "2");
        assertThat(decided.weekOf()).isNull();
        assertThat(decided.startsOn()).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void theCcmsKindsOfOtherMeetingReadAsTheBodysSessions() {
        NextPresidentElected president = (NextPresidentElected) read(NextPresidentElected.class.getName(), "1", """
                {"moment":{"plenarySession":6,"date":"2024-09-13"},"president":{"honorific":"Ambassador","name":"Carlos D. Sorreta",
                 "state":"PHL","pronoun":"his"},"of":{"kind":"MEETING_OF_STATES_PARTIES","ordinal":13},"year":2025,
                 "termDecidedBy":"First Review Conference"}""", NextPresidentElected.class.getName(), "2");
        assertThat(president.of()).isEqualTo(new SessionRef("session", 13));
        assertThat(president.termDecidedBy()).isEqualTo("First Review Conference");
        ReviewConferencePresidencyDecided presidency = (ReviewConferencePresidencyDecided) read(
                ReviewConferencePresidencyDecided.class.getName(), "1", """
                {"moment":{"plenarySession":6,"date":"2024-09-13"},"conference":{"kind":"REVIEW_CONFERENCE","ordinal":3},
                 "year":2026,"state":"LAO"}""", ReviewConferencePresidencyDecided.class.getName(), "2");
        assertThat(presidency.conference()).isEqualTo(new SessionRef("review-conference", 3));
        EstimatedCostsAdopted costs = (EstimatedCostsAdopted) read(EstimatedCostsAdopted.class.getName(), "1", """
                {"moment":{"plenarySession":6,"date":"2024-09-13"},"meeting":{"kind":"REVIEW_CONFERENCE","ordinal":3},
                 "documentSymbol":"CCM/MSP/2024/9","revised":false,"basis":null,"basisNote":null}""",
                EstimatedCostsAdopted.class.getName(), "2");
        assertThat(costs.meeting()).isEqualTo(new SessionRef("review-conference", 3));
        IntersessionalMeetingsDecided intersessional = (IntersessionalMeetingsDecided) read(
                IntersessionalMeetingsDecided.class.getName(), "1", """
                {"moment":{"plenarySession":6,"date":"2024-09-13"},"underDecisionOf":"Second Review Conference",
                 "datesCommunicatedByPresidentOf":{"kind":"MEETING_OF_STATES_PARTIES","ordinal":13}}""",
                IntersessionalMeetingsDecided.class.getName(), "2");
        assertThat(intersessional.datesCommunicatedByPresidentOf()).isEqualTo(new SessionRef("session", 13));
    }

    @Test
    void coordinatorsTermsEndAtTheBodysSessions() {
        WorkingGroupCoordinatorsAppointed appointed = (WorkingGroupCoordinatorsAppointed) read(
                WorkingGroupCoordinatorsAppointed.class.getName(), "1", """
                {"moment":{"plenarySession":5,"date":"2024-09-12"},"groups":[{"name":"Universalization","seats":[
                  {"state":"PER","term":{"until":{"kind":"MEETING_OF_STATES_PARTIES","ordinal":13}}},
                  {"state":null,"term":{"until":{"kind":"REVIEW_CONFERENCE","ordinal":3}}}]}]}""",
                WorkingGroupCoordinatorsAppointed.class.getName(), "2");
        assertThat(appointed.groups().get(0).seats()).extracting(seat -> seat.term().until())
                .containsExactly(new SessionRef("session", 13), new SessionRef("review-conference", 3));
    }

    @Test
    void aCorrectionOfANextMeetingScheduledCorrectsANextSessionDecided() {
        ActionCorrected correction = (ActionCorrected) read(ActionCorrected.class.getName(), "1", """
                {"moment":{"date":"2024-09-13"},"correctedEventId":"e9","reason":"wrong week",
                 "corrected":{"@class":"org.rapporteur.events.meeting.NextMeetingScheduled",
                  "moment":{"plenarySession":6,"date":"2024-09-13"},"meeting":{"kind":"MEETING_OF_STATES_PARTIES","ordinal":13},
                  "weekOf":"2025-09-22","city":"Geneva"}}""", ActionCorrected.class.getName(), "2");
        NextSessionDecided decided = (NextSessionDecided) correction.corrected();
        assertThat(decided.session()).isEqualTo(new SessionRef("session", 13));
        assertThat(decided.weekOf()).isEqualTo(LocalDate.of(2025, 9, 22));
    }

    @Test
    void aCorrectionOfANextPresidentElectedNamesTheBodysSession() {
        ActionCorrected correction = (ActionCorrected) read(ActionCorrected.class.getName(), "1", """
                {"moment":{"date":"2024-09-13"},"correctedEventId":"e9","reason":"year",
                 "corrected":{"@class":"org.rapporteur.events.officers.NextPresidentElected",
                  "moment":{"plenarySession":6,"date":"2024-09-13"},"president":{"name":"C. Sorreta"},
                  "of":{"kind":"MEETING_OF_STATES_PARTIES","ordinal":13},"year":2025}}""", ActionCorrected.class.getName(), "2");
        assertThat(((NextPresidentElected) correction.corrected()).of()).isEqualTo(new SessionRef("session", 13));
    }

    private static final String VICE_PRESIDENTS = "org.rapporteur.events.officers.VicePresidentsElected";

    @Test
    void vicePresidentsElectedByAcclamationReadAsTheStatesElectedToTheOfficeOfVicePresident() {
        OfficersElected elected = (OfficersElected) read(VICE_PRESIDENTS, "1", """
                {"moment":{"plenarySession":1,"date":"2024-09-10","time":null},"states":["LKA","CHE"],"method":"ACCLAMATION","votes":null}""",
                OfficersElected.class.getName(), "2");
        assertThat(elected.moment()).isEqualTo(MeetingMoment.inPlenary(1, LocalDate.of(2024, 9, 10)));
        assertThat(elected.office()).isEqualTo("vice-president");
        assertThat(elected.elected()).containsExactly(new ElectedOfficer(new Holder(null, StateCode.of("LKA"), null), null),
                new ElectedOfficer(new Holder(null, StateCode.of("CHE"), null), null));
        assertThat(elected.mode()).isEqualTo(ElectionMode.ACCLAMATION);
        assertThat(elected.ballots()).isNull();
        assertThat(elected.forSession()).isNull();
        assertThat(elected.electedBy()).isNull();
    }

    @Test
    void vicePresidentsElectedByVoteKeepTheirVotesAsTheBallotsCandidates() {
        OfficersElected elected = (OfficersElected) read(VICE_PRESIDENTS, "1", """
                {"moment":{"plenarySession":1,"date":"2024-09-10","time":null},"states":["PER"],"method":"VOTE",
                 "votes":[{"state":"PER","votes":41},{"state":"CHL","votes":12}]}""", OfficersElected.class.getName(), "2");
        assertThat(elected.mode()).isEqualTo(ElectionMode.VOTE);
        assertThat(elected.elected()).extracting(e -> e.holder().state().text()).containsExactly("PER");
        assertThat(elected.ballots()).containsExactly(new Ballot(1, null, null, null, null, List.of(
                new Ballot.Candidate(new Holder(null, StateCode.of("PER"), null), 41), new Ballot.Candidate(new Holder(null, StateCode.of("CHL"), null), 12))));
    }

    @Test
    void aCorrectionOfVicePresidentsElectedCorrectsTheOfficersElected() {
        ActionCorrected correction = (ActionCorrected) read(ActionCorrected.class.getName(), "1", """
                {"moment":{"plenarySession":1,"date":"2024-09-10","time":null},"correctedEventId":"e7",
                 "reason":"Iraq, not Norway, was elected","corrected":{"@class":"org.rapporteur.events.officers.VicePresidentsElected",
                 "moment":{"plenarySession":1,"date":"2024-09-10","time":null},"states":["LKA","IRQ"],"method":"ACCLAMATION",
                 "votes":null}}""", ActionCorrected.class.getName(), "2");
        OfficersElected elected = (OfficersElected) correction.corrected();
        assertThat(elected.office()).isEqualTo("vice-president");
        assertThat(elected.elected()).extracting(e -> e.holder().state().text()).containsExactly("LKA", "IRQ");
        assertThat(correction.correctedEventId()).isEqualTo("e7");
    }

    @Test
    void aRetiredKindIsRefusedOnInputWithTheKindToUse() {
        assertThat(Actions.byName("final-report-adopted")).isEmpty();
        assertThat(Actions.unknown("final-report-adopted")).contains("no longer recorded").contains("use report-adopted");
        assertThat(Actions.unknown("next-meeting-scheduled")).contains("use next-session-decided");
        assertThat(Actions.byName("vice-presidents-elected")).isEmpty();
        assertThat(Actions.unknown("vice-presidents-elected")).contains("no longer recorded")
                .contains("use officers-elected (office: vice-president");
        assertThat(Actions.unknown("minutes-approved")).isEqualTo("minutes-approved is not a kind of action");
    }
}
