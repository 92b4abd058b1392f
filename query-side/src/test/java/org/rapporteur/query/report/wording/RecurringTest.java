package org.rapporteur.query.report.wording;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a report keeps of the messages it filled: short values only, the same values only, given up when nothing recurs. */
class RecurringTest {

    @Test
    void aMessageFilledFromShortValuesIsGivenBackForTheSameValuesOnly() {
        Recurring recurring = new Recurring();
        recurring.keep("verb", new Object[] {"verb", "noted", "tense", "past"}, "noted");
        assertThat(recurring.get("verb", new Object[] {"verb", "noted", "tense", "past"})).isEqualTo("noted");
        assertThat(recurring.get("verb", new Object[] {"verb", "noted", "tense", "present"})).isNull();
        assertThat(recurring.get("count", new Object[] {"verb", "noted", "tense", "past"})).isNull();
        recurring.keep("date", new Object[] {"date", LocalDate.of(2024, 9, 10), "day", 10}, "10 September 2024");
        assertThat(recurring.get("date", new Object[] {"date", LocalDate.of(2024, 9, 10), "day", 10})).isEqualTo("10 September 2024");
        recurring.forget();
        assertThat(recurring.get("verb", new Object[] {"verb", "noted", "tense", "past"})).isNull();
    }

    @Test
    void aMessageGivenALongTextIsNotKept() {
        Recurring recurring = new Recurring();
        Object[] pairs = {"subject", "the general status and operation of the Convention and its implementation", "also", false};
        recurring.keep("context", pairs, "In the context of ...");
        assertThat(recurring.get("context", pairs)).isNull();
    }

    @Test
    void aMessageNeverAskedAgainWithTheSameValuesIsGivenUp() {
        Recurring recurring = new Recurring();
        for (int i = 0; i < 40; i++) {
            recurring.keep("footnote.reference", new Object[] {"pinpoint", "para. " + i}, "See para. " + i);
        }
        assertThat(recurring.get("footnote.reference", new Object[] {"pinpoint", "para. 1"})).isNull();
        assertThat(recurring.get("footnote.reference", new Object[] {"pinpoint", "para. 39"})).isNull();
    }
}
