package org.rapporteur.query.documents;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.query.TwelfthMeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class DocumentRegisterTest {

    @Test
    void documentsAreRegisteredInOrderWithdrawnOnesMarkedAndCorrectionsApplied() {
        TwelfthMeeting meeting = convened().log(opened(1)).log(agenda(1)).log(takenUp(1, "10"))
                .log(document(1, "CCM/MSP/2024/WP.1", "Request of Peru"))
                .log(document(1, "CCM/MSP/2024/WP.2", "Analysis"));
        String analysis = meeting.lastId();
        meeting.log(new DocumentWithdrawn(plenary(1), DocumentSymbol.of("CCM/MSP/2024/WP.1"), "superseded"))
                .log(correction(1, analysis, document(1, "CCM/MSP/2024/WP.2", "Analysis of the request of Peru"), "title"))
                .log(document(1, "CCM/MSP/2024/WP.3", "Logged by mistake"));
        meeting.log(withdrawal(1, meeting.lastId(), "not a document of this meeting"));

        DocumentRegister register = DocumentRegister.of(meeting.history());

        assertThat(register.documents()).extracting(RegisteredDocument::symbol)
                .containsExactly("CCM/MSP/2024/WP.1", "CCM/MSP/2024/WP.2");
        RegisteredDocument request = register.documents().get(0);
        assertThat(request.withdrawn()).isTrue();
        assertThat(request.withdrawalReason()).isEqualTo("superseded");
        assertThat(request.agendaItem()).isEqualTo("10");
        assertThat(register.documents().get(1).title()).isEqualTo("Analysis of the request of Peru");
        assertThat(register.documents().get(1).withdrawn()).isFalse();
    }
}
