package org.rapporteur.query.decisions;

import org.junit.jupiter.api.Test;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class DecisionRegisterTest {

    private final TwelfthMeeting meeting = convened().log(opened(1)).log(takenUp(1, "2")).log(agenda(1))
            .log(concluded(1, "2")).log(takenUp(1, "10"))
            .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1), "CHE", "NZL"))
            .log(document(1, "CCM/MSP/2024/WP.1", "not a decision"))
            .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1), "PER"));

    @Test
    void decisionsAreRegisteredWithTheirItemStatesAndDocuments() {
        DecisionRegister register = DecisionRegister.of(meeting.history());

        assertThat(register.decisions()).extracting(Decision::kind)
                .containsExactly("agenda-adopted", "officers-elected", "officers-elected");
        Decision agenda = register.decisions().get(0);
        assertThat(agenda.agendaItem()).isEqualTo("2");
        assertThat(agenda.documents()).containsExactly("CCM/MSP/2024/1");
        assertThat(agenda.description()).isEqualTo("Agenda adopted: 4 items (CCM/MSP/2024/1)");
        assertThat(register.decisions().get(1).states()).containsExactly("CHE", "NZL");
        assertThat(register.decisions().get(1).facts()).containsEntry("mode", "ACCLAMATION");
    }

    @Test
    void filtersByKindAgendaItemAndState() {
        DecisionRegister register = DecisionRegister.of(meeting.history());

        assertThat(register.filter("officers-elected", null, null).decisions()).hasSize(2);
        assertThat(register.filter(null, "2", null).decisions()).extracting(Decision::kind).containsExactly("agenda-adopted");
        assertThat(register.filter(null, null, "PER").decisions()).hasSize(1);
        assertThat(register.filter("officers-elected", "10", "CHE").decisions()).hasSize(1);
        assertThat(register.filter("agenda-adopted", "10", null).decisions()).isEmpty();
    }

    @Test
    void aWithdrawnDecisionLeavesTheRegister() {
        meeting.log(withdrawal(1, "e6", "wrong States"));
        assertThat(DecisionRegister.of(meeting.history()).filter(null, null, "CHE").decisions()).isEmpty();
    }
}
