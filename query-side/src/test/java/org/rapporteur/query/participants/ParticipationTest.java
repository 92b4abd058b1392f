package org.rapporteur.query.participants;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class ParticipationTest {

    @Test
    void participantsAreCountedByCategoryAfterAdditionsRemovalsAndWithdrawals() {
        TwelfthMeeting meeting = convened()
                .log(new ParticipantsRegistered(plenary(1), ParticipantCategory.STATE_PARTY, StateCode.list("CHE", "FRA", "PER"), null))
                .log(new ParticipantsRegistered(plenary(1), ParticipantCategory.STATE_PARTY, StateCode.list("NZL", "CHE"), null))
                .log(new ParticipantsRemoved(plenary(1), ParticipantCategory.STATE_PARTY, StateCode.list("FRA"), null))
                .log(new ParticipantsRegistered(plenary(1), ParticipantCategory.OTHER_ORGANISATION, null,
                        List.of(new Organisation("CMC", "Cluster Munition Coalition", "CMC"),
                                new Organisation("ICRC", "International Committee of the Red Cross", "ICRC"))))
                .log(new ParticipantsRegistered(plenary(1), ParticipantCategory.SIGNATORY_OBSERVER, StateCode.list("IDN"), null));
        meeting.log(withdrawal(1, meeting.lastId(), "registered in error"))
                .log(new ObserverStatusConfirmed(plenary(1), ParticipantCategory.OTHER_ORGANISATION, null, true));

        Participation participation = Participation.of(meeting.history());

        Participation.Category parties = participation.categories().get(0);
        assertThat(parties.category()).isEqualTo("STATE_PARTY");
        assertThat(parties.states()).containsExactly("CHE", "PER", "NZL");
        assertThat(parties.count()).isEqualTo(3);
        assertThat(participation.categories().get(1).count()).as("withdrawn registration").isZero();
        Participation.Category organisations = participation.categories().get(4);
        assertThat(organisations.organisations()).extracting(Organisation::key).containsExactly("CMC", "ICRC");
        assertThat(organisations.observerStatusConfirmed()).isTrue();
        assertThat(participation.categories()).hasSize(5);
        assertThat(participation.total()).isEqualTo(5);
    }
}
