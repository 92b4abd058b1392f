package org.rapporteur.query.officers;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.Holder;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretariatRole;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class OfficersTest {

    @Test
    void noOfficersBeforeAnyIsNamed() {
        Officers officers = Officers.of(convened().history());
        assertThat(officers.president()).isNull();
        assertThat(officers.elected()).isEmpty();
        assertThat(officers.nextPresident()).isNull();
    }

    @Test
    void everyRoleIsFilledFromItsAction() {
        TwelfthMeeting meeting = convened()
                .log(new PresidentDesignated(plenary(1), person("Ambassador", "Anna Ruiz", "ESP"), "the Eleventh Meeting", null, null))
                .log(new SecretariatMemberServed(plenary(1), person("Mr.", "Peter Kolarov", null), SecretariatRole.SECRETARY_OF_THE_MEETING, null))
                .log(new SecretariatMemberServed(plenary(1), person("Ms.", "Ngo Thi", null), SecretariatRole.PARTICIPANT_IN_THE_WORK, null))
                .log(opened(1))
                .log(new SecretaryGeneralConfirmed(plenary(1), person("Mr.", "Peter Kolarov", null), true))
                .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1), "CHE", "NZL"))
                .log(new OfficersElected(plenary(1), "vice-president", List.of(new ElectedOfficer(new Holder(null, StateCode.of("PER"), "latin-american-and-caribbean"), null)),
                        ElectionMode.VOTE, List.of(new Ballot(1, 53, 0, 0, null, List.of(new Ballot.Candidate(new Holder(null, StateCode.of("PER"), null), 41),
                        new Ballot.Candidate(new Holder(null, StateCode.of("CHL"), null), 12)))), null, null));

        Officers officers = Officers.of(meeting.history());

        assertThat(officers.president().person().name()).isEqualTo("Anna Ruiz");
        assertThat(officers.president().basis()).isEqualTo("Ambassador Anna Ruiz designated President by the Eleventh Meeting");
        assertThat(officers.secretary().person().name()).isEqualTo("Peter Kolarov");
        assertThat(officers.secretariat()).extracting(o -> o.person().name()).containsExactly("Ngo Thi");
        assertThat(officers.secretaryGeneral().eventIds()).containsExactly("e5");
        assertThat(officers.elected()).extracting(e -> e.holder().state().text()).containsExactly("CHE", "NZL", "PER");
        assertThat(officers.elected()).extracting(Officers.Elected::office).containsOnly("vice-president");
        assertThat(officers.elected().get(0).electedBy()).isEqualTo("acclamation");
        assertThat(officers.elected().get(0).votes()).isNull();
        assertThat(officers.elected().get(2).electedBy()).isEqualTo("vote");
        assertThat(officers.elected().get(2).votes()).as("the votes of the same State, its region given or not").isEqualTo(41);
    }

    @Test
    void aCorrectedDesignationNamesTheCorrectedPresident() {
        TwelfthMeeting meeting = convened()
                .log(new PresidentDesignated(plenary(1), person("Ambassador", "Ana Ruis", "ESP"), null, null, null));
        String designation = meeting.lastId();
        meeting.log(correction(1, designation,
                new PresidentDesignated(plenary(1), person("Ambassador", "Anna Ruiz", "ESP"), null, null, null), "name misspelt"));

        Officers officers = Officers.of(meeting.history());

        assertThat(officers.president().person().name()).isEqualTo("Anna Ruiz");
        assertThat(officers.president().eventIds()).containsExactly(designation, meeting.lastId());
    }
}
