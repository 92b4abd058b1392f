package org.rapporteur.query.officers;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.officers.ElectionMethod;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretariatRole;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.officers.VoteCount;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class OfficersTest {

    @Test
    void noOfficersBeforeAnyIsNamed() {
        Officers officers = Officers.of(convened().history());
        assertThat(officers.president()).isNull();
        assertThat(officers.vicePresidents()).isEmpty();
        assertThat(officers.nextPresident()).isNull();
    }

    @Test
    void everyRoleIsFilledFromItsAction() {
        TwelfthMeeting meeting = convened()
                .log(new PresidentDesignated(plenary(1), person("Ambassador", "Anna Ruiz", "ESP"), "the Eleventh Meeting", null, null))
                .log(new SecretariatMemberServed(plenary(1), person("Mr.", "Peter Kolarov", null), SecretariatRole.SECRETARY_OF_THE_MEETING))
                .log(new SecretariatMemberServed(plenary(1), person("Ms.", "Ngo Thi", null), SecretariatRole.PARTICIPANT_IN_THE_WORK))
                .log(opened(1))
                .log(new SecretaryGeneralConfirmed(plenary(1), person("Mr.", "Peter Kolarov", null), true))
                .log(new VicePresidentsElected(plenary(1), List.of("CHE", "NZL"), ElectionMethod.ACCLAMATION, null))
                .log(new VicePresidentsElected(plenary(1), List.of("PER"), ElectionMethod.VOTE, List.of(new VoteCount("PER", 41))));

        Officers officers = Officers.of(meeting.history());

        assertThat(officers.president().person().name()).isEqualTo("Anna Ruiz");
        assertThat(officers.president().basis()).isEqualTo("Ambassador Anna Ruiz designated President by the Eleventh Meeting");
        assertThat(officers.secretary().person().name()).isEqualTo("Peter Kolarov");
        assertThat(officers.secretariat()).extracting(o -> o.person().name()).containsExactly("Ngo Thi");
        assertThat(officers.secretaryGeneral().eventIds()).containsExactly("e5");
        assertThat(officers.vicePresidents()).extracting(Officers.VicePresident::state).containsExactly("CHE", "NZL", "PER");
        assertThat(officers.vicePresidents().get(2).electedBy()).isEqualTo("vote");
        assertThat(officers.vicePresidents().get(2).votes()).isEqualTo(41);
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
