package org.rapporteur.command.meeting;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.work.ExtensionRequestPresented;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.RequestDecision;
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.command.meeting.Proceedings.*;

/**
 * Random sequences of commands, valid and not, against the meeting's rules: whatever the rules let through, the
 * record keeps its invariants (retries: RepeatedCommandsTest).
 */
class RandomProceedingsTest {

    /** Read once: the profiles do not change between commands. */
    private static final BodyDirectory BODIES = new TestBodies();

    private static final int SEQUENCES = 300;
    private static final int COMMANDS = 60;
    private static final String[] STATES = {"TCD", "DEU", "LAO"};
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 12);

    /** One logged event: its id, the facts as recorded. */
    private record Logged(String id, MeetingEvent event) {
    }

    @Test
    void whateverTheRulesAcceptKeepsTheRecordsInvariants() {
        int accepted = 0;
        for (int seed = 0; seed < SEQUENCES; seed++) {
            Random random = new Random(seed);
            MeetingState state = new MeetingState();
            List<Logged> log = new ArrayList<>();
            record(state, log, ConveningTest.TWELFTH);
            for (int i = 1; i <= COMMANDS; i++) {
                MeetingEvent action = randomAction(random, log);
                MeetingEvent admitted;
                try {
                    admitted = state.admit(action, TODAY, BODIES);
                } catch (MeetingRuleViolated refused) {
                    assertThat(refused.getMessage()).doesNotContain("\n").isNotBlank();
                    continue;
                }
                record(state, log, admitted);
                accepted++;
                assertInvariants(seed, log, state);
            }
        }
        assertThat(accepted).as("the generator gives the rules something to accept").isGreaterThan(SEQUENCES * COMMANDS / 5);
    }

    private static void record(MeetingState state, List<Logged> log, MeetingEvent event) {
        Recorded recorded = new Recorded("e-" + log.size(), log.size());
        state.evolve(event, recorded);
        log.add(new Logged(recorded.eventId(), event));
    }

    /** The invariants, derived again from the whole record, independently of the rules' own state. */
    private static void assertInvariants(int seed, List<Logged> log, MeetingState state) {
        Integer open = null;
        int last = 0;
        boolean closed = false;
        Set<String> withdrawn = new HashSet<>();
        Map<String, MeetingEvent> facts = new HashMap<>();
        Map<String, String> presented = new HashMap<>();
        String agenda = null;
        String adoption = null;
        for (Logged logged : log) {
            String at = "seed " + seed + ", event " + logged.id() + " " + logged.event();
            MeetingEvent event = logged.event();
            if (event instanceof ActionWithdrawn w) {
                assertThat(facts).as(at).containsKey(w.withdrawnEventId());
                assertThat(withdrawn.add(w.withdrawnEventId())).as(at).isTrue();
                presented.remove(w.withdrawnEventId());
                if (w.withdrawnEventId().equals(adoption)) {
                    adoption = null;
                }
                if (w.withdrawnEventId().equals(agenda)) {
                    agenda = null;
                }
                if (facts.get(w.withdrawnEventId()) instanceof MeetingClosed) {
                    closed = false;
                }
                continue;
            }
            if (event instanceof ActionCorrected c) {
                assertThat(facts).as(at).containsKey(c.correctedEventId());
                assertThat(withdrawn).as(at).doesNotContain(c.correctedEventId());
                assertThat(c.corrected().getClass()).as(at).isEqualTo(facts.get(c.correctedEventId()).getClass());
                facts.put(c.correctedEventId(), c.corrected());
                if (c.corrected() instanceof RequestPresentation p && presented.containsKey(c.correctedEventId())) {
                    presented.put(c.correctedEventId(), p.requestKey());
                }
                continue;
            }
            assertThat(closed).as(at + ": recorded after the meeting closed").isFalse();
            if (event instanceof PlenaryAction) {
                assertThat(open).as(at + ": plenary action outside a session").isNotNull();
                assertThat(event.moment().plenarySession()).as(at).isEqualTo(open);
            }
            if (event instanceof PlenarySessionOpened o) {
                assertThat(open).as(at + ": sessions overlap").isNull();
                assertThat(o.number()).as(at + ": session numbers go up").isGreaterThan(last);
                open = o.number();
                last = o.number();
            }
            if (event instanceof PlenarySessionClosed c) {
                assertThat(c.number()).as(at).isEqualTo(open);
                open = null;
            }
            if (event instanceof ConcernsAgendaItem item) {
                AgendaAdopted inForce = agenda == null ? null : (AgendaAdopted) facts.get(agenda);
                assertThat(inForce).as(at + ": no agenda").isNotNull();
                assertThat(inForce.items().stream().map(AgendaItem::number)).as(at).contains(item.itemNumber());
            }
            if (event instanceof RequestDecision decision) {
                assertThat(presented.values()).as(at + ": decided before presented").contains(decision.requestKey());
            }
            if (event instanceof FinalReportAdoption) {
                assertThat(adoption).as(at + ": final report adopted twice").isNull();
                adoption = logged.id();
            }
            if (event instanceof RequestPresentation p) {
                presented.put(logged.id(), p.requestKey());
            }
            if (event instanceof AgendaAdopted) {
                agenda = logged.id();
            }
            if (event instanceof MeetingClosed) {
                closed = true;
            }
            assertThat(event.moment()).as(at).isNotNull();
            assertThat(event.moment().date()).as(at).isNotNull();
            facts.put(logged.id(), event);
        }
        assertThat(state.openSession()).as("seed " + seed).isEqualTo(open);
        assertThat(state.lastSession()).as("seed " + seed).isEqualTo(last);
        assertThat(state.closed()).as("seed " + seed).isEqualTo(closed);
        assertThat(state.finalReportAdoptedBy()).as("seed " + seed).isEqualTo(adoption);
        assertThat(Set.copyOf(state.presentedRequests())).as("seed " + seed).isEqualTo(Set.copyOf(presented.values()));
    }

    private static MeetingEvent randomAction(Random random, List<Logged> log) {
        int session = 1 + random.nextInt(6);
        List<Supplier<MeetingEvent>> choices = List.of(
                () -> new PlenarySessionOpened(moment(random, session), session),
                () -> new PlenarySessionClosed(moment(random, session), session),
                () -> new AgendaAdopted(moment(random, session), DocumentSymbol.of("CCM/MSP/2024/1"), itemList(items(random))),
                () -> new AgendaItemTakenUp(moment(random, session), AgendaItemNumber.of(String.valueOf(1 + random.nextInt(6)))),
                () -> new ExtensionRequestPresented(moment(random, session), StateCode.of(STATES[random.nextInt(STATES.length)]), ArticleReference.of("4")),
                () -> grant(moment(random, session), STATES[random.nextInt(STATES.length)], "4"),
                () -> reportAdopted(moment(random, session), "CCM/MSP/2024/11"),
                () -> documentSubmitted("CCM/MSP/2024/INF." + random.nextInt(100)),
                () -> correction(random, log),
                () -> withdrawn(target(random, log)));
        if (random.nextInt(40) == 0) {
            return new MeetingClosed(moment(random, session));
        }
        return choices.get(random.nextInt(choices.size())).get();
    }

    private static MeetingEvent correction(Random random, List<Logged> log) {
        String target = target(random, log);
        MeetingEvent original = log.stream().filter(l -> l.id().equals(target)).map(Logged::event).findFirst()
                .orElse(documentSubmitted("CCM/MSP/2024/1"));
        MeetingEvent facts = random.nextInt(4) == 0 ? documentSubmitted("CCM/MSP/2024/1/Corr.1")
                : original instanceof ExtensionRequestPresented p ? new ExtensionRequestPresented(p.moment(), StateCode.of(STATES[random.nextInt(STATES.length)]), ArticleReference.of("4"))
                : original instanceof AgendaAdopted a ? new AgendaAdopted(a.moment(), a.documentSymbol(), itemList(items(random)))
                : original;
        return corrected(target, facts);
    }

    private static String target(Random random, List<Logged> log) {
        return random.nextInt(10) == 0 ? "e-missing" : log.get(random.nextInt(log.size())).id();
    }

    private static MeetingMoment moment(Random random, int session) {
        switch (random.nextInt(5)) {
            case 0:
                return null;
            case 1:
                return MeetingMoment.outsidePlenary(FIRST_DAY);
            default:
                return random.nextInt(4) == 0 ? MeetingMoment.inPlenary(1 + random.nextInt(6), FIRST_DAY) : inSession(session);
        }
    }

    private static String[] items(Random random) {
        int count = 1 + random.nextInt(6);
        String[] items = new String[count];
        for (int i = 0; i < count; i++) {
            items[i] = String.valueOf(1 + random.nextInt(6));
        }
        return java.util.Arrays.stream(items).distinct().toArray(String[]::new);
    }

    private static List<AgendaItem> itemList(String[] numbers) {
        return java.util.Arrays.stream(numbers).map(n -> new AgendaItem(AgendaItemNumber.of(n), "Item " + n, null)).toList();
    }
}
