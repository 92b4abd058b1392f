package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.meeting.MeetingConvened;

import java.time.LocalDate;

/** The convening facts the rule tests start from (the rules themselves are in {@link MeetingRulesTest}). */
final class ConveningTest {

    static final MeetingConvened TWELFTH = new MeetingConvened(
            MeetingMoment.outsidePlenary(LocalDate.of(2023, 9, 14)),
            "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
            12, "Meeting of States Parties",
            new MeetingConvened.Venue("Geneva", "Switzerland"),
            LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 13), "CCM/MSP/2024",
            null, null, null);

    private ConveningTest() {
    }
}
