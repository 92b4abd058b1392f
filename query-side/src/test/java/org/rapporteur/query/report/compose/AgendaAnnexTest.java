package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaAmended;
import org.rapporteur.events.agenda.AgendaItem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class AgendaAnnexTest {

    @Test
    void the_agenda_is_as_adopted_with_its_amendments_in_the_order_of_its_numbers() {
        FactModel model = new FactModel("bwc").log(
                new AgendaAdopted(sitting(1), DocumentSymbol.of("X/9/1"), List.of(item("1", "Opening"), item("2", "Officers"),
                        item("5", "Budget"), item("10", "Closure"))),
                new AgendaAmended(sitting(1), List.of(
                        new AgendaAmended.Amendment(AgendaAmended.Change.ADDED, AgendaItemNumber.of("5(a)"), "Scale of assessments"),
                        new AgendaAmended.Amendment(AgendaAmended.Change.DELETED, AgendaItemNumber.of("2"), null),
                        new AgendaAmended.Amendment(AgendaAmended.Change.REWORDED, AgendaItemNumber.of("5"), "Programme and budget")),
                        true, null));

        assertThat(AgendaAnnex.items(model.context("en"))).extracting(i -> i.number().text() + " " + i.title())
                .containsExactly("1 Opening", "5 Programme and budget", "5(a) Scale of assessments", "10 Closure");
    }

    @Test
    void item_numbers_are_ordered_as_numbers() {
        assertThat(List.of("10", "2", "5(b)", "5", "5(a)", "11.1").stream().sorted(AgendaAnnex::compareNumbers).toList())
                .containsExactly("2", "5", "5(a)", "5(b)", "10", "11.1");
    }

    private static AgendaItem item(String number, String title) {
        return new AgendaItem(AgendaItemNumber.of(number), title, null);
    }
}
