package org.rapporteur.facts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one walk over the facts a record declares: nested records, lists, maps, value types as plain values. */
class FactFieldsTest {

    record Delegate(@NotBlank String name, StateCode state) {
    }

    record Delegation(@NotNull StateCode state, @NotEmpty List<Delegate> delegates, Map<String, Delegate> heads,
                      LocalDate arrived, int size) {
    }

    record Codes(StateCode state, List<StateCode> others) {
    }

    @Test
    void requiredIsReadWhereJavaPutsBeanValidationsAnnotationsNotOnTheComponent() {
        RecordComponent[] components = Delegation.class.getRecordComponents();
        assertThat(components[0].isAnnotationPresent(NotNull.class))
                .as("@NotNull does not target record components: the component itself never carries it").isFalse();

        assertThat(FactFields.of(Delegation.class)).extracting(FactFields.Fact::name, FactFields.Fact::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("state", true),
                        org.assertj.core.groups.Tuple.tuple("delegates", true),
                        org.assertj.core.groups.Tuple.tuple("heads", false),
                        org.assertj.core.groups.Tuple.tuple("arrived", false),
                        org.assertj.core.groups.Tuple.tuple("size", false));
        assertThat(FactFields.named(Delegate.class, "name")).get().extracting(FactFields.Fact::required).isEqualTo(true);
        assertThat(FactFields.named(Delegation.class, "delegates")).get().extracting(FactFields.Fact::contained)
                .isEqualTo(Delegate.class);
        assertThat(FactFields.of(String.class)).isEmpty();
    }

    @Test
    void walksEveryValueInOrderWithItsPathAndFactNameValueTypesAsThePlainValueTheyAreWrittenAs() {
        Map<String, Delegate> heads = new LinkedHashMap<>();
        heads.put("first", new Delegate("A. Head", StateCode.of("AUT")));
        heads.put("none", null);
        Delegation delegation = new Delegation(StateCode.of("CHE"),
                Arrays.asList(new Delegate("B. One", null), null), heads, LocalDate.of(2024, 9, 10), 3);
        List<String> seen = new ArrayList<>();

        FactFields.walk(delegation, (path, name, value) -> seen.add(path + " (" + name + ") = " + value));

        assertThat(seen).containsExactly(
                "state (state) = CHE",
                "delegates[0].name (name) = B. One",
                "delegates[1] (delegates) = null",
                "heads.first.name (name) = A. Head",
                "heads.first.state (state) = AUT",
                "arrived (arrived) = 2024-09-10",
                "size (size) = 3");
        assertThat(FactFields.plain(StateCode.of("CHE"))).isEqualTo("CHE");
        assertThat(FactFields.plain(4)).isEqualTo(4);
    }

    @Test
    void findsTypesWithinAtAnyDepthButNotInsideAValueType() {
        assertThat(FactFields.isValue(StateCode.class)).isTrue();
        assertThat(FactFields.isValue(Delegate.class)).isFalse();
        assertThat(FactFields.anyWithin(Delegation.class, type -> type == String.class))
                .as("a delegate's name, in a list within").isTrue();
        assertThat(FactFields.anyWithin(Codes.class, type -> type == String.class))
                .as("a State code is written as text, but it is one value, not text of its own").isFalse();
        assertThat(FactFields.anyWithin(Codes.class, type -> type == StateCode.class)).isTrue();
        assertThat(FactFields.anyWithin(Delegation.class, type -> type == LocalDate.class)).isTrue();
    }

    @Test
    void theStrictReadingNamesProblemsWhereverTheWalkFindsThem() {
        Delegation delegation = new Delegation(StateCode.of("CHE"),
                Arrays.asList(new Delegate("x".repeat(FactLimits.MAX_TEXT + 1), null), null),
                Map.of(), LocalDate.of(1800, 1, 1), 1);

        assertThat(StrictFacts.problems(delegation)).extracting(InvalidFactsException.FieldError::field)
                .containsExactly("delegates[0].name", "delegates[1]", "arrived");
    }
}
