package org.rapporteur.query.agenda;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class AgendaStatusTest {

    @Test
    void everyItemIsPendingUntilTakenUp() {
        AgendaStatus agenda = AgendaStatus.of(convened().log(opened(1)).log(agenda(1)).history());

        assertThat(agenda.documentSymbol()).isEqualTo("CCM/MSP/2024/1");
        assertThat(agenda.items()).extracting(AgendaStatus.Item::number).containsExactly("1", "2", "10", "11");
        assertThat(agenda.items()).allSatisfy(item -> assertThat(item.state()).isEqualTo(AgendaStatus.State.PENDING));
    }

    @Test
    void itemsAreTakenUpConcludedAndDeferredInTheirSittings() {
        AgendaStatus agenda = AgendaStatus.of(convened().log(opened(1)).log(takenUp(1, "2")).log(agenda(1))
                .log(concluded(1, "2")).log(takenUp(1, "10")).log(closed(1))
                .log(opened(2)).log(takenUp(2, "11")).log(deferred(2, "11")).history());

        AgendaStatus.Item adoption = agenda.items().get(1);
        assertThat(adoption.state()).isEqualTo(AgendaStatus.State.CONCLUDED);
        assertThat(adoption.takenUp()).containsExactly(new AgendaStatus.Sitting(1, FIRST_DAY));
        assertThat(adoption.concluded()).isEqualTo(new AgendaStatus.Sitting(1, FIRST_DAY));
        assertThat(agenda.items().get(2).state()).isEqualTo(AgendaStatus.State.TAKEN_UP);
        assertThat(agenda.items().get(3).state()).isEqualTo(AgendaStatus.State.DEFERRED);
        assertThat(agenda.items().get(0).state()).isEqualTo(AgendaStatus.State.PENDING);
    }

    @Test
    void documentsAndDecisionsStandUnderTheItemUnderConsideration() {
        AgendaStatus agenda = AgendaStatus.of(convened().log(opened(1)).log(takenUp(1, "2")).log(agenda(1))
                .log(concluded(1, "2")).log(takenUp(1, "10"))
                .log(document(1, "CCM/MSP/2024/WP.1", "Request of Peru"))
                .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1), "CHE"))
                .history());

        assertThat(agenda.items().get(1).documents()).containsExactly("CCM/MSP/2024/1");
        assertThat(agenda.items().get(1).decisions()).extracting(AgendaStatus.DecisionTaken::kind).containsExactly("agenda-adopted");
        assertThat(agenda.items().get(2).documents()).containsExactly("CCM/MSP/2024/WP.1");
        assertThat(agenda.items().get(2).decisions()).extracting(AgendaStatus.DecisionTaken::kind)
                .containsExactly("officers-elected");
    }

    @Test
    void aWithdrawnTakingUpNoLongerCountsAndACorrectedAgendaReplacesTheItems() {
        TwelfthMeeting meeting = convened().log(opened(1)).log(agenda(1));
        String adoption = meeting.lastId();
        meeting.log(takenUp(1, "10"));
        String takingUp = meeting.lastId();
        meeting.log(withdrawal(1, takingUp, "logged under the wrong item"))
                .log(correction(1, adoption, new org.rapporteur.events.agenda.AgendaAdopted(plenary(1), DocumentSymbol.of("CCM/MSP/2024/1/Rev.1"),
                        List.of(new org.rapporteur.events.agenda.AgendaItem(AgendaItemNumber.of("1"), "Opening", null))), "revised agenda"));

        AgendaStatus agenda = AgendaStatus.of(meeting.history());

        assertThat(agenda.documentSymbol()).isEqualTo("CCM/MSP/2024/1/Rev.1");
        assertThat(agenda.items()).extracting(AgendaStatus.Item::title).containsExactly("Opening");
        assertThat(AgendaStatus.of(meeting.history().upToSequence(3)).items().get(2).state())
                .as("as it stood before the withdrawal").isEqualTo(AgendaStatus.State.TAKEN_UP);
    }
}
