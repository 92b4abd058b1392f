package org.rapporteur.query.report;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.decisions.Verb;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's text scanning (template placeholders, sentence placeholders, footnote marks, whitespace) is done
 * by hand rather than with regular expressions, for speed; these pin it to what the regular expressions did.
 */
class TextScanningTest {

    /** The placeholder filling as it was written with a regular expression. */
    private static String fillWithRegex(String template, Map<String, String> values) {
        Matcher m = Pattern.compile("\\{([A-Za-z0-9_.]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void templatePlaceholdersAreFilledAsTheRegularExpressionFilledThem() {
        Map<String, String> values = new HashMap<>();
        values.put("a", "A$1\\x");
        values.put("b.c_2", "{a}");
        values.put("empty", "");
        List<String> templates = List.of("", "plain", "{a}", "{a}{a}", "x{a}y{b.c_2}z", "{missing}!", "{}", "{ a}", "{a }",
                "{{a}}", "{a", "a}", "{a-b}", "{é}", "{empty}|{a}", "{{{", "}{a}{", "#{from} to #{to}", "\\u0020and {name}");
        for (String template : templates) {
            assertThat(Templates.fillText(template, values)).as(template).isEqualTo(fillWithRegex(template, values));
        }
        Templates defaults = Templates.defaults();
        assertThat(defaults.fill("actions.range", Map.of("from", "10", "to", "12"))).isEqualTo("#10 to #12");
        assertThat(defaults.with(Map.of("x", "{y} and {z}")).fill("x", Map.of("y", "Y"))).isEqualTo("Y and ");
    }

    private final List<RecordedEvent> events = new ArrayList<>();

    private void log(MeetingEvent event) {
        events.add(new RecordedEvent("e" + events.size(), events.size(), Instant.EPOCH.plusSeconds(events.size()), "test", event));
    }

    @Test
    void sentencePlaceholdersFootnotesAndWhitespaceAreWrittenOutAsBefore() {
        LocalDate opening = LocalDate.of(2024, 9, 10);
        MeetingMoment before = MeetingMoment.outsidePlenary(opening.minusMonths(3));
        MeetingMoment first = MeetingMoment.inPlenary(1, opening);
        log(new MeetingConvened(before,
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
                12, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "CHE"), opening, opening.plusDays(3),
                "CCM/MSP/2024", null, null, null));
        log(new DocumentSubmitted(before, "CCM/MSP/2024/5", "Annual Report", "the ISU", DocumentKind.WORKING_PAPER));
        String text = "the {states}, {state:fra}, {short:LAO} and {stat:FRA} {state:FRAN} reports{fn:1}{fn:2}{fn:0}{fn:}\t\n"
                + " on {title: CCM/MSP/2024/5 } and {title:unknown}{title:} at the {msp:13}, {MSP:2}, {rc:1} and {RC:3}"
                + " under the {convention} and the {plan}{Plan} by {org:ISU} on {date:2024-09-10};"
                + " {{states}} {states {states}x {unknown} $1 \\ \uE000 \uE0007 \uE001 {fn:1}";
        log(new DecisionAdopted(first, false, List.of(new Sentence("  Recalling   ,  ", null, null, List.of(
                new Clause(Verb.NOTED, null, text, null), new Clause(Verb.URGED, null, " all {states}  to act ", null)),
                List.of("AUT", "BEL", "CHE"), List.of(
                        new Note(new DocumentReference("CCM/MSP/2023/11", "paragraph 55", null), null, null),
                        new Note(new DocumentReference("CCM/MSP/2023/11", "paragraph 56", null), null, null))))));

        ReportDocument report = new ReportGenerator().generate(new MeetingHistory("test", events));

        String markdown = new MarkdownRenderer().render(report);
        String decisions = markdown.substring(markdown.indexOf("## IV."), markdown.indexOf("## Annex"));
        assertThat(decisions).isEqualTo(EXPECTED_DECISIONS);
    }

    /** What the regular-expression scanning produced for the decision above (rendered as Markdown). */
    private static final String EXPECTED_DECISIONS = "## IV. Decisions and recommendations\n"
            + "\n"
            + "2. Recalling,, the Meeting noted the Austria, Belgium, and Switzerland, France, Lao PDR and {stat:FRA} {state:FRAN} reports[^1][^2]{fn:} on Annual Report and unknown{title:} at the Thirteenth Meeting of States parties, Second Meeting of States Parties, First Review Conference and Third Review Conference of States Parties under the Convention on Cluster Munitions and the Lausanne Action Plan{Plan} by ISU on 10 September 2024; {Austria, Belgium, and Switzerland} {states Austria, Belgium, and Switzerlandx {unknown} $1 \\ \uE000 \uE0007 \uE001 [^3] and urged all Austria, Belgium, and Switzerland to act.\n"
            + "\n"
            + "3. A list of documents submitted to the Twelfth Meeting of States Parties is contained in Annex I to this report. These documents are available through the United Nations Official Documents System (<http://documents.un.org>).\n"
            + "\n"
            + "[^1]: CCM/MSP/2023/11, paragraph 55.\n"
            + "[^2]: Ibid, paragraph 56.\n"
            + "[^3]: Ibid, paragraph 55.\n"
            + "\n";
}
