package org.rapporteur.query.report.wording;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A message filled through its shapes is what ICU writes, whatever the values (texts copied in, choices made by ICU). */
class ShapesTest {

    private static final String PATTERN = "En particulier, {reporters}, en {count, plural, one {sa qualité} other {leur qualité}}"
            + " de {capacity}, {count, plural, one {a rendu} other {ont rendu}} compte{kind, select, work { des travaux {name}}"
            + " other {}}{note} le {date, date, long}, {name}{see, select, none {} other { ({see})}}.";

    @Test
    void writesWhatIcuWrites() {
        MessageFormat icu = new MessageFormat(PATTERN, ULocale.FRENCH);
        Shapes shapes = new Shapes(new MessageFormat(PATTERN, ULocale.FRENCH), PATTERN, Junctions.of("en"));
        Object[][] cases = {
                {"la Norvège", 1, "coordonnatrice", "work", "X", ""},
                {"le Pérou et la Norvège", 2, "coordonnateurs", "work", "Y {z} 'a'", "¹"},
                {"le Pérou et la Norvège", 2, "coordonnateurs", "other", "Y", "¹"},
                {"la Suisse", 1, "présidente", "work", "avec un \uE000 privé", ""},
                {"la Suisse", 1, 42, "work", "Z", ""},
                {"", 1000, "", "work", "", ""},
                {"la Suisse", 1, "présidente", "work", "Z", "", "la décision\uE0001\uE001"},
                {"la Suisse", 2, "présidente", "work", "Z\uE0002\uE001", "\uE0003\uE001", "la décision"},
        };
        for (int round = 0; round < 2; round++) {
            for (Object[] c : cases) {
                Map<String, Object> arguments = new HashMap<>(Map.of("reporters", c[0], "count", c[1], "capacity", c[2],
                        "kind", c[3], "name", c[4], "note", c[5], "date", new Date(1726000000000L)));
                arguments.put("see", c.length > 6 ? c[6] : "none");
                assertThat(shapes.format(arguments)).isEqualTo(icu.format(arguments));
            }
        }
    }

    @Test
    void aMessageWithoutPlainTextsIsIcusToo() {
        String pattern = "{count, plural, one {# année} other {# années}}";
        Shapes shapes = new Shapes(new MessageFormat(pattern, ULocale.FRENCH), pattern, Junctions.of("en"));
        assertThat(shapes.format(Map.of("count", 1))).isEqualTo("1 année");
        assertThat(shapes.format(Map.of("count", 1500))).isEqualTo(new MessageFormat(pattern, ULocale.FRENCH).format(Map.of("count", 1500)));
    }

    @Test
    void frenchJunctionsAreWrittenWhereverTheTextComesFrom() {
        String pattern = "{speaker}, au nom de {group}{note}, {count, plural, one {a pris} other {ont pris}} la parole.";
        Shapes shapes = new Shapes(new MessageFormat(pattern, ULocale.FRENCH), pattern, Junctions.of("fr"));
        for (String note : new String[] {"", "\uE0001\uE001"}) {
            for (int round = 0; round < 2; round++) {
                assertThat(shapes.format(Map.of("speaker", "Le Nigéria", "group", "le Groupe africain", "note", note, "count", 1)))
                        .isEqualTo("Le Nigéria, au nom du Groupe africain" + note + ", a pris la parole.");
                assertThat(shapes.format(Map.of("speaker", "Le Nigéria", "group", "Afrique", "note", note, "count", 1)))
                        .isEqualTo("Le Nigéria, au nom d’Afrique" + note + ", a pris la parole.");
            }
        }
    }
}
