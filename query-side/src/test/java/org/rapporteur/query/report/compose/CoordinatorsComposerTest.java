package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class CoordinatorsComposerTest {

    private static final CoordinatorsComposer COORDINATORS = new CoordinatorsComposer();

    @Test
    void thematic_coordinators_are_listed_one_area_an_item_with_their_states() {
        FactModel model = new FactModel("ccm").log(new PlenarySessionOpened(sitting(4), 4),
                new ThematicCoordinatorsAppointed(sitting(4), List.of(
                        new ThematicCoordinatorsAppointed.Area("Victim assistance", StateCode.list("CHL", "ITA")),
                        new ThematicCoordinatorsAppointed.Area("Clearance", StateCode.list("IRQ")))));

        Context c = model.context("en");
        List<Object> blocks = new ArrayList<>();
        c.into(blocks);
        for (Occurrence o : c.facts.of(ReportFact.COORDINATORS)) {
            c.at(o);
            COORDINATORS.occurred(o, c);
        }

        DraftParagraph p = (DraftParagraph) blocks.get(0);
        assertThat(p.text().toString()).contains("At its fourth plenary meeting, the Meeting welcomed the Coordinators"
                + " to lead the following thematic areas:");
        assertThat(p.items()).hasSize(2);
        assertThat(p.items().get(0).toString()).contains("Victim assistance: Chile and Italy");
        assertThat(p.items().get(1).toString()).contains("Clearance: Iraq");
        assertThat(p.lettered()).isFalse();
    }
}
