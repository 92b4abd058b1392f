package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.finance.ContributionPledged;
import org.rapporteur.events.finance.Money;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.ReportDocument.Problem;
import org.rapporteur.query.report.facts.FactGatherer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

/**
 * Every kind of the catalogue is either stated by the report (a kind of fact some composer writes) or declared not
 * to be, with why: a new kind without either fails here, and is never silently left out of the report.
 */
class CatalogueCoverageTest {

    @Test
    void every_catalogued_kind_is_reported_by_a_composer_or_declared_not_reported() {
        List<String> neither = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (Class<? extends MeetingEvent> kind : Actions.all()) {
            Optional<ReportFact> fact = FactGatherer.kindOf(kind);
            boolean declared = FactGatherer.notReported(kind).isPresent();
            if (fact.isPresent() && declared) {
                both.add(Actions.name(kind));
            } else if (fact.isEmpty() && !declared) {
                neither.add(Actions.name(kind));
            }
        }
        assertThat(neither).as("kinds neither reported nor declared not reported").isEmpty();
        assertThat(both).as("kinds both reported and declared not reported").isEmpty();
    }

    @Test
    void every_kind_of_fact_has_its_composer() {
        assertThat(Composition.unwritten()).isEmpty();
    }

    @Test
    void a_recorded_pledge_that_the_outline_places_nowhere_is_a_problem_listed_with_the_report() {
        // the CCM's outline has no part for finance
        FactModel model = new FactModel("ccm").log(new org.rapporteur.events.meeting.PlenarySessionOpened(sitting(1), 1),
                new ContributionPledged(sitting(1), new Speaker(StateCode.of("CHE"), null, null, null),
                        new Money(new BigDecimal("1000"), "CHF"), null, null, false, null));
        Context c = model.context("en");

        Composition.write(c, p -> p.id());

        assertThat(c.say.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("'finance' was recorded but no part of the 'ccm' outline reports it"));
    }
}
