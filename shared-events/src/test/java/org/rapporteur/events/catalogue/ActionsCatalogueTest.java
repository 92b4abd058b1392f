package org.rapporteur.events.catalogue;

import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The conventions every event of the catalogue keeps (docs/architecture.md). */
class ActionsCatalogueTest {

    @Test
    void everyActionIsARevisedRecordWhoseFirstComponentIsTheMoment() {
        Set<String> names = new HashSet<>();
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            assertThat(type.isRecord()).as(type.getSimpleName()).isTrue();
            assertThat(type.getAnnotation(Revision.class)).as(type.getSimpleName()).isNotNull();
            assertThat(type.getRecordComponents()[0].getName()).as(type.getSimpleName()).isEqualTo("moment");
            assertThat(type.getRecordComponents()[0].getType()).isEqualTo(MeetingMoment.class);
            assertThat(names.add(Actions.name(type))).as(type.getSimpleName()).isTrue();
            assertThat(Actions.byName(Actions.name(type))).contains(type);
        }
        assertThat(Actions.name(org.rapporteur.events.officers.OfficersElected.class)).isEqualTo("officers-elected");
        assertThat(Actions.byName("extension-request-granted")).isPresent();
        assertThat(Actions.byName("working-group-coordinators-appointed")).isPresent();
    }

    @Test
    void everyKindIsInOneFamilyWhosePublicNameIsChosenInTheCatalogue() {
        // the paths clients post to: renaming one breaks them, so a change here is a change of the public API
        assertThat(Actions.families()).extracting(Family::name).containsExactly("sessions", "participants",
                "membership", "officers", "credentials", "agenda", "working-bodies", "documents", "work", "statements",
                "decisions", "coordinators", "expert-bodies", "finance", "languages", "corrections");
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            Family family = Actions.family(type).orElseThrow();
            assertThat(Actions.kinds(family)).as(type.getSimpleName()).contains(type);
        }
        assertThat(Actions.families().stream().mapToInt(family -> Actions.kinds(family).size()).sum())
                .isEqualTo(Actions.all().size());
        assertThat(Actions.family(org.rapporteur.events.meeting.OpeningCeremonyHeld.class).orElseThrow().name())
                .isEqualTo("sessions");
        assertThat(Actions.family(org.rapporteur.events.officers.NextPresidentElected.class).orElseThrow().name())
                .isEqualTo("officers");
        record NotAKind(MeetingMoment moment) implements MeetingEvent {
        }
        assertThat(Actions.family(NotAKind.class)).isEmpty();
    }
}
