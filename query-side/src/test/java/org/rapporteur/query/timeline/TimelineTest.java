package org.rapporteur.query.timeline;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.query.TwelfthMeeting;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class TimelineTest {

    @Test
    void everyEventHasBothClocksWhoLoggedItAndALine() {
        List<TimelineEntry> timeline = Timeline.of(convened().log(opened(1)).log(agenda(1)).log(takenUp(1, "10")).history());

        assertThat(timeline).extracting(TimelineEntry::description).containsExactly(
                "Convened: Twelfth Meeting of States Parties, Geneva, 2024-09-10 to 2024-09-13",
                "First plenary session opened",
                "Agenda adopted: 4 items (CCM/MSP/2024/1)",
                "Agenda item 10 taken up");
        TimelineEntry takingUp = timeline.get(3);
        assertThat(takingUp.plenarySession()).isEqualTo(1);
        assertThat(takingUp.date()).isEqualTo(FIRST_DAY);
        assertThat(takingUp.loggedAt()).isEqualTo(LOGGING_STARTS.plusSeconds(180));
        assertThat(takingUp.loggedBy()).isEqualTo("clerk");
        assertThat(takingUp.kind()).isEqualTo("agenda-item-taken-up");
        assertThat(takingUp.agendaItem()).isEqualTo("10");
        assertThat(takingUp.status()).isEqualTo(TimelineEntry.Status.RECORDED);
    }

    @Test
    void correctionsAndWithdrawalsAreLinkedAndShowBothVersions() {
        TwelfthMeeting meeting = convened().log(opened(1))
                .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1), "CHE"));
        String election = meeting.lastId();
        meeting.log(correction(1, election, org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1), "CHE", "NZL"), "NZL omitted"))
                .log(document(1, "CCM/MSP/2024/WP.9", "Wrong"));
        String document = meeting.lastId();
        meeting.log(withdrawal(1, document, "logged by mistake"));

        List<TimelineEntry> timeline = Timeline.of(meeting.history());

        TimelineEntry original = timeline.get(2);
        assertThat(original.status()).isEqualTo(TimelineEntry.Status.CORRECTED);
        assertThat(original.description()).isEqualTo("CHE elected Vice-President by acclamation");
        assertThat(original.current()).isEqualTo("CHE and NZL elected Vice-Presidents by acclamation");
        assertThat(original.correctedBy()).containsExactly("e3");
        TimelineEntry correction = timeline.get(3);
        assertThat(correction.status()).isEqualTo(TimelineEntry.Status.CORRECTION);
        assertThat(correction.corrects()).isEqualTo(election);
        assertThat(correction.before()).isEqualTo("CHE elected Vice-President by acclamation");
        assertThat(correction.after()).isEqualTo("CHE and NZL elected Vice-Presidents by acclamation");
        assertThat(correction.description()).isEqualTo(
                "Corrected: CHE and NZL elected Vice-Presidents by acclamation (was: CHE elected Vice-President by acclamation) — NZL omitted");
        assertThat(correction.states()).containsExactly("CHE", "NZL");
        assertThat(timeline.get(4).status()).isEqualTo(TimelineEntry.Status.WITHDRAWN);
        assertThat(timeline.get(4).correctedBy()).containsExactly("e5");
        assertThat(timeline.get(5).description()).isEqualTo("Withdrawn: Document CCM/MSP/2024/WP.9 submitted by Secretariat: Wrong — logged by mistake");

        List<TimelineEntry> french = Timeline.of(meeting.history(), null, java.util.Locale.FRENCH);
        assertThat(french.get(3).description()).isEqualTo(
                "Corrigé : CHE and NZL elected Vice-Presidents by acclamation (auparavant : CHE elected Vice-President by acclamation) — NZL omitted");
        assertThat(french.get(5).description()).startsWith("Retiré : Document CCM/MSP/2024/WP.9").endsWith(" — logged by mistake");
    }

    @Test
    void aChangeToAnActionNeverLoggedSaysSoInTheTimelinesLanguage() {
        assertThat(TimelineWording.withdrawn(java.util.Locale.ENGLISH, null, "duplicate"))
                .isEqualTo("Withdrawn: an unknown action — duplicate");
        assertThat(TimelineWording.withdrawn(java.util.Locale.FRENCH, null, "doublon"))
                .isEqualTo("Retiré : une action inconnue — doublon");
        assertThat(TimelineWording.corrected(java.util.Locale.FRENCH, "Séance ouverte", null, "heure"))
                .isEqualTo("Corrigé : Séance ouverte — heure");
        assertThat(TimelineWording.corrected(java.util.Locale.GERMAN, "Session opened", null, "time"))
                .as("a language without its wording reads in English").isEqualTo("Corrected: Session opened — time");
    }

    @Test
    void anUnknownKindIsDescribedByItsName() {
        record StatementsHeardInPlenary(MeetingMoment moment, String speaker) implements MeetingEvent {
        }
        List<TimelineEntry> timeline = Timeline.of(convened().log(opened(1))
                .log(new StatementsHeardInPlenary(plenary(1), "CHE")).history());

        assertThat(timeline.get(2).description()).isEqualTo("Statements heard in plenary");
        assertThat(timeline.get(2).states()).isEmpty();
    }

    @Test
    void ordersByMeetingTimeOrLoggingOrderAndFilters() {
        TwelfthMeeting meeting = convened()
                .log(opened(3)).log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(3, 15, 30), "PER"))
                .log(opened(1)).log(takenUp(1, "10"))
                .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1, 10, 0), "CHE"));
        List<TimelineEntry> timeline = Timeline.of(meeting.history());

        assertThat(Timeline.select(timeline, TimelineFilter.ALL, TimelineOrder.LOGGING))
                .extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(Timeline.select(timeline, TimelineFilter.ALL, TimelineOrder.MEETING))
                .extracting(TimelineEntry::sequence).containsExactly(0L, 3L, 4L, 5L, 1L, 2L);
        assertThat(timeline.get(1).meetingOrder()).isEqualTo(LocalDateTime.of(FIRST_DAY.plusDays(1), java.time.LocalTime.MIN));
        assertThat(timeline.get(4).meetingOrder()).as("untimed: the time logged before it that day").isEqualTo(FIRST_DAY.atStartOfDay());
        assertThat(Timeline.select(timeline, new TimelineFilter("officers-elected", null, null, null), TimelineOrder.LOGGING))
                .extracting(TimelineEntry::sequence).containsExactly(2L, 5L);
        assertThat(Timeline.select(timeline, new TimelineFilter(null, 1, null, null), TimelineOrder.LOGGING))
                .extracting(TimelineEntry::sequence).containsExactly(3L, 4L, 5L);
        assertThat(Timeline.select(timeline, new TimelineFilter(null, null, "10", "CHE"), TimelineOrder.LOGGING))
                .extracting(TimelineEntry::sequence).containsExactly(5L);
    }

    @Test
    void aStandingBodyAndAParticipationCategoryOfTheProfileAreNamedAsTheProfileNamesThem() {
        java.time.LocalDate opening = java.time.LocalDate.of(2031, 6, 2);
        org.rapporteur.events.meeting.MeetingConvened convened = new org.rapporteur.events.meeting.MeetingConvened(
                MeetingMoment.outsidePlenary(opening.minusYears(1)), "cites",
                new org.rapporteur.events.meeting.MeetingConvened.Convention("CITES", "CITES", "11", null), 24,
                "meeting of the Conference of the Parties", new org.rapporteur.events.meeting.MeetingConvened.Venue("Geneva", "Switzerland"),
                opening, opening.plusDays(4), null, null, null, null);
        org.rapporteur.events.subsidiary.SubsidiaryBodyReported reported = new org.rapporteur.events.subsidiary.SubsidiaryBodyReported(
                MeetingMoment.inPlenary(1, opening), "standing-committee", null, true, null, null);
        java.time.Instant at = java.time.Instant.parse("2031-06-02T10:00:00Z");
        org.rapporteur.query.history.MeetingHistory history = new org.rapporteur.query.history.MeetingHistory("cites-cop24", List.of(
                new org.rapporteur.query.history.RecordedEvent("e0", 0, at, "clerk", convened),
                new org.rapporteur.query.history.RecordedEvent("e1", 1, at, "clerk", reported),
                new org.rapporteur.query.history.RecordedEvent("e2", 2, at, "clerk", new org.rapporteur.events.membership.ParticipantsAdmitted(
                        MeetingMoment.inPlenary(1, opening), "non-party-states", org.rapporteur.events.StateCode.list("USA"), null))));

        assertThat(Timeline.of(history)).extracting(TimelineEntry::description).endsWith(
                "Report of Standing Committee presented", "Admitted as States not party to the Convention: USA");
    }
}
