package org.rapporteur.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarksTest {

    @Test
    void findsEachMarkWithWhatFollowsItsColonAndWhereItStands() {
        String text = "Welcomes {states} and {state:KEN}, recalls {session:review-conference:2} {not a mark} {fn:}";

        assertThat(Marks.in(text)).extracting(Marks.Mark::name, Marks.Mark::argument, Marks.Mark::written)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("states", null, "{states}"),
                        org.assertj.core.groups.Tuple.tuple("state", "KEN", "{state:KEN}"),
                        org.assertj.core.groups.Tuple.tuple("session", "review-conference:2", "{session:review-conference:2}"),
                        org.assertj.core.groups.Tuple.tuple("fn", "", "{fn:}"));
        Marks.Mark first = Marks.in(text).get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("{states}");
        assertThat(Marks.in("no marks here")).isEmpty();
    }

    @Test
    void theCcmsFirstSessionMarksAreTheSessionMarksWrittenNow() {
        assertThat(Marks.in("{msp:11}").get(0).current().written()).isEqualTo("{session:11}");
        assertThat(Marks.in("{rc:2}").get(0).current().written()).isEqualTo("{session:review-conference:2}");
        assertThat(Marks.in("{MSP:12}").get(0).current()).satisfies(m -> {
            assertThat(m.written()).isEqualTo("{Session:12}");
            assertThat(m.inFull()).isTrue();
            assertThat(m.isSession()).isTrue();
        });
        Marks.Mark current = Marks.in("{session:3}").get(0);
        assertThat(current.current()).isSameAs(current);
        assertThat(current.isRetired()).isFalse();
    }
}
