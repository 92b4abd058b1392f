package org.rapporteur.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.report.ScenarioHistories;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's tree built without the token buffer is the tree {@code valueToTree} gives, to the class of every node. */
class EventTreesTest {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    @ParameterizedTest
    @ValueSource(strings = {"bwc-9revcon", "ccm-12msp", "ccm-13msp-sample", "cites-cop16", "cites-sample", "ipcc-42"})
    void everyEventOfTheExamplesHasTheTreeOfValueToTree(String example) {
        List<RecordedEvent> events = ScenarioHistories.of(example).events();
        assertThat(events).isNotEmpty();
        int builtHere = 0;
        for (RecordedEvent recorded : events) {
            ObjectNode expected = MAPPER.valueToTree(recorded.event());
            ObjectNode built = EventFacts.built(recorded.event());
            if (built != null) {
                builtHere++;
                assertThat(built).as(recorded.event().toString()).isEqualTo(expected);
            }
            expected.remove("moment");
            assertThat(EventFacts.freshTree(recorded.event())).as(recorded.event().toString()).isEqualTo(expected);
        }
        // only events with a decimal (an amount of money) are left to valueToTree
        assertThat(builtHere).isGreaterThan(events.size() * 9 / 10);
    }

    @Test
    void numbersKeepTheirNodeTypesAndWhatATreeCouldReadOtherwiseIsLeftToValueToTree() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 7);
        value.put("long", 7L);
        value.put("short", (short) 3);
        value.put("double", 0.1);
        value.put("float", 0.5f);
        value.put("text", "Délégation \uD800 lone");
        value.put("none", null);
        value.put("yes", false);
        value.put("list", List.of(1, List.of(), Map.of("a", List.of("b")), Arrays.asList(null, true)));
        value.put("empty", Map.of());
        assertThat(EventTrees.tree(MAPPER, value)).isEqualTo(MAPPER.valueToTree(value));

        assertThat(EventTrees.tree(MAPPER, Map.of("decimal", new BigDecimal("1.50")))).isNull();
        assertThat(EventTrees.tree(MAPPER, Map.of("nan", Double.NaN))).isNull();
        assertThat(EventTrees.tree(MAPPER, Map.of("bytes", new byte[] {1}))).isNull();
        assertThat(EventTrees.tree(MAPPER, List.of(1))).isNull();
    }
}
