package org.rapporteur.query.report;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.CoordinatorsAppreciated;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.decisions.Verb;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.work.ActionRange;
import org.rapporteur.events.work.WorkReported;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

/**
 * Report generation time for synthetic but realistic meetings of 1,000, 10,000 and 100,000 events (documents,
 * work reports, decisions with footnotes, extension decisions, corrections). Run: see docs/report-benchmark.md.
 */
public final class ReportGenerationBenchmark {

    private ReportGenerationBenchmark() {
    }

    static MeetingHistory meeting(int size) {
        List<RecordedEvent> events = new ArrayList<>(size);
        LocalDate day = LocalDate.of(2024, 9, 10);
        MeetingMoment before = MeetingMoment.outsidePlenary(day.minusMonths(3));
        add(events, new MeetingConvened(before,
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
                12, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "CHE"), day, day.plusDays(3),
                "CCM/MSP/2024", new MeetingConvened.Mandate("Second Review Conference", null, "annually", "Third Review Conference",
                "up to four days", new DocumentReference(DocumentSymbol.of("CCM/CONF/2021/6"), "paragraph 84(ii)(a)", null)), null, null));
        add(events, new PlenarySessionOpened(MeetingMoment.inPlenary(1, day), 1));
        add(events, new AgendaAdopted(MeetingMoment.inPlenary(1, day), DocumentSymbol.of("CCM/MSP/2024/1"),
                List.of(new AgendaItem(AgendaItemNumber.of("9"), "Consideration of the general status", "the general status and operation of the Convention"))));
        add(events, new AgendaItemTakenUp(MeetingMoment.inPlenary(1, day), AgendaItemNumber.of("9")));
        String[] states = {"AUT", "BEL", "CHE", "DEU", "FRA", "IRQ", "ITA", "LAO", "MEX", "NOR", "PER", "ZMB"};
        int session = 1;
        while (events.size() < size) {
            int n = events.size();
            MeetingMoment moment = MeetingMoment.inPlenary(session, day);
            if (n % 500 == 0) {
                session++;
                add(events, new PlenarySessionOpened(MeetingMoment.inPlenary(session, day), session));
                continue;
            }
            String state = states[n % states.length];
            switch (n % 10) {
                case 0 -> add(events, new DocumentSubmitted(before, DocumentSymbol.of("CCM/MSP/2024/WP." + n), "Working paper " + n, "the President",
                        DocumentKind.WORKING_PAPER));
                case 1, 2 -> add(events, new WorkReported(moment, new WorkReported.Topic(WorkReported.Topic.Kind.WORKING_GROUP,
                        "Group " + n), StateCode.list(state, states[(n + 1) % states.length]), null, null, null, null, "commitments", ArticleReference.of("7"),
                        new ActionRange(10, 12), null, null, null, null));
                case 3 -> add(events, new CoordinatorsAppreciated(moment, StateCode.list(state), "Area " + n));
                case 4 -> add(events, new ExtensionRequestGranted(moment, StateCode.of(state), ArticleReference.of("4.1"), 2, day.plusYears(2), List.of(
                        new ExtensionRequestGranted.Observation(true, List.of(sentence(Verb.NOTED, "that {short:" + state + "} reports")))),
                        new ExtensionRequestGranted.Reporting(false, List.of("Progress made", "Other relevant information")), true, null));
                case 5 -> {
                    String id = "e" + (n - 1);
                    add(events, new ActionCorrected(moment, id, "typo", events.get(n - 1).event()));
                }
                default -> add(events, new DecisionAdopted(moment, n % 3 == 0, List.of(new Sentence(null, null, null,
                        List.of(new Clause(Verb.REITERATED, null, "the importance of {state:" + state + "}'s report{fn:1}", null),
                                new Clause(Verb.URGED, null, "all States parties to report", null)),
                        null, List.of(new Note(new DocumentReference(DocumentSymbol.of("CCM/MSP/2024/" + (n % 7)), "paragraph " + n, null), null, null))))));
            }
        }
        return new MeetingHistory("bench", events);
    }

    private static Sentence sentence(Verb verb, String text) {
        return new Sentence(null, null, null, List.of(new Clause(verb, null, text, null)), null, null);
    }

    private static void add(List<RecordedEvent> events, MeetingEvent event) {
        events.add(new RecordedEvent("e" + events.size(), events.size(), Instant.EPOCH.plusSeconds(events.size()), "bench", event));
    }

    public static void main(String[] args) {
        ReportGenerator generator = new ReportGenerator();
        MarkdownRenderer renderer = new MarkdownRenderer();
        String[] languages = System.getProperty("languages", "en").split(",");
        int[] sizes = java.util.Arrays.stream(System.getProperty("sizes", "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (String language : languages) for (int size : sizes) {
            MeetingHistory history = meeting(size);
            int warmups = size >= 100_000 ? 3 : 20;
            for (int i = 0; i < warmups; i++) {
                generator.generate(history, language);
            }
            int runs = size >= 100_000 ? 5 : 20;
            long best = Long.MAX_VALUE;
            long total = 0;
            int paragraphs = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                ReportDocument report = generator.generate(history, language);
                long took = System.nanoTime() - start;
                best = Math.min(best, took);
                total += took;
                paragraphs = report.sections().stream().mapToInt(s -> s.blocks().size()).sum();
            }
            long renderStart = System.nanoTime();
            int chars = renderer.render(generator.generate(history, language)).length();
            long render = System.nanoTime() - renderStart;
            System.out.printf("%s %,7d events: generate best %7.1f ms, mean %7.1f ms (%,d blocks); render Markdown %6.1f ms (%,d chars)%n",
                    language, size, best / 1e6, total / 1e6 / runs, paragraphs, render / 1e6, chars);
        }
    }
}
