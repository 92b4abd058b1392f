package org.rapporteur.query.coordinators;

import org.junit.jupiter.api.Test;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class CoordinatorsTest {

    private static WorkingGroupCoordinatorsAppointed.Seat seat(String state) {
        return new WorkingGroupCoordinatorsAppointed.Seat(state, new WorkingGroupCoordinatorsAppointed.Term(
                new WorkingGroupCoordinatorsAppointed.Until("session", 13)));
    }

    @Test
    void coordinatorsAreListedByGroupWithTermsAndPlacesToBeNominated() {
        TwelfthMeeting meeting = convened().log(opened(3))
                .log(new WorkingGroupCoordinatorsAppointed(plenary(3), List.of(
                        new WorkingGroupCoordinatorsAppointed.Group("Universalization", List.of(seat("GBR"), seat(null))))))
                .log(new ThematicCoordinatorsAppointed(plenary(3), List.of(
                        new ThematicCoordinatorsAppointed.Area("Victim Assistance", List.of("CHL", "ITA")))));

        Coordinators coordinators = Coordinators.of(meeting.history());

        assertThat(coordinators.coordinations()).hasSize(2);
        Coordinators.Coordination universalization = coordinators.coordinations().get(0);
        assertThat(universalization.kind()).isEqualTo("working group");
        assertThat(universalization.name()).isEqualTo("Universalization");
        assertThat(universalization.coordinators()).containsExactly(
                new Coordinators.Coordinator("GBR", false, "until the end of the Thirteenth session"),
                new Coordinators.Coordinator(null, true, "until the end of the Thirteenth session"));
        assertThat(coordinators.coordinations().get(1).coordinators()).extracting(Coordinators.Coordinator::state)
                .containsExactly("CHL", "ITA");
        assertThat(coordinators.coordinations().get(1).kind()).isEqualTo("thematic");
    }

    @Test
    void aLaterAppointmentForTheSameGroupReplacesTheEarlierAndCorrectionsApply() {
        TwelfthMeeting meeting = convened().log(opened(3))
                .log(new WorkingGroupCoordinatorsAppointed(plenary(3), List.of(
                        new WorkingGroupCoordinatorsAppointed.Group("Universalization", List.of(seat("GBR"))))));
        String first = meeting.lastId();
        meeting.log(correction(3, first, new WorkingGroupCoordinatorsAppointed(plenary(3), List.of(
                        new WorkingGroupCoordinatorsAppointed.Group("Universalization", List.of(seat("IRL"))))), "wrong State"))
                .log(new WorkingGroupCoordinatorsAppointed(plenary(3), List.of(
                        new WorkingGroupCoordinatorsAppointed.Group("Universalization", List.of(seat("IRL"), seat("MEX"))))));

        assertThat(Coordinators.of(meeting.history().upToSequence(3)).coordinations().get(0).coordinators())
                .extracting(Coordinators.Coordinator::state).containsExactly("IRL");
        assertThat(Coordinators.of(meeting.history()).coordinations()).singleElement()
                .satisfies(c -> assertThat(c.coordinators()).extracting(Coordinators.Coordinator::state).containsExactly("IRL", "MEX"));
    }
}
