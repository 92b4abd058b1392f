package org.rapporteur.query.report.compose;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.profiles.ReportOutline;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's parts as the body's outline lays them out, each written by the composers of its facts: in the
 * outline's order ({@code as-listed}: every occurrence of the first fact, then of the second ...) or as it happened
 * (the part's occurrences in meeting order; standing facts listed before them first, those listed after them last).
 */
public final class Composition {

    private static final List<Composer> COMPOSERS = List.of(new IntroductionComposer(), new OrganizationComposer(),
            new OpeningComposer(), new WorkComposer(), new WorkReportsComposer(), new DecisionsComposer(),
            new CoordinatorsComposer(), new NextSessionComposer(), new ClosingComposer(), new MembershipComposer(),
            new FinanceComposer(), new ExpertBodiesComposer(), new CourtesiesComposer());
    private static final Map<ReportFact, Composer> BY_FACT = new EnumMap<>(ReportFact.class);

    static {
        for (Composer composer : COMPOSERS) {
            for (ReportFact fact : composer.reports()) {
                if (BY_FACT.put(fact, composer) != null) {
                    throw new IllegalStateException("two composers of " + fact);
                }
            }
        }
    }

    /** A part as written: its number, heading and blocks (draft paragraphs and headings). */
    public record WrittenPart(String number, String heading, List<Object> blocks) {
    }

    private Composition() {
    }

    /** The facts no composer writes (none, when every fact of the catalogue has its composer). */
    public static Set<ReportFact> unwritten() {
        Set<ReportFact> missing = java.util.EnumSet.allOf(ReportFact.class);
        missing.removeAll(BY_FACT.keySet());
        return missing;
    }

    public static List<WrittenPart> write(Context c, java.util.function.Function<ReportOutline.Part, String> heading) {
        List<WrittenPart> parts = new ArrayList<>();
        List<ReportOutline.Part> outline = c.profile.report().parts();
        for (int i = 0; i < outline.size(); i++) {
            ReportOutline.Part part = outline.get(i);
            List<Object> blocks = new ArrayList<>();
            c.into(blocks);
            facts(part, c);
            int written = 0;
            for (int k = 0; k < part.parts().size(); k++) {
                ReportOutline.Part sub = part.parts().get(k);
                c.into(blocks);
                int at = blocks.size();
                facts(sub, c);
                if (blocks.size() > at) {
                    blocks.add(at, new SubHeading(String.valueOf((char) ('A' + written)), heading.apply(sub), 1));
                    written++;
                }
            }
            if (blocks.isEmpty() && part.optional()) {
                continue;
            }
            if (blocks.isEmpty()) {
                c.say.about(List.of()).problem("part '" + part.id() + "' of the '" + c.profile.id()
                        + "' outline has nothing to report: none of its facts was recorded (a part that may be empty"
                        + " says optional: true)");
            }
            parts.add(new WrittenPart(RomanNumerals.of(parts.size() + 1), heading.apply(part), blocks));
        }
        unreported(c);
        return parts;
    }

    /** Rule "nothing recorded goes unsaid": a recorded fact no part reports is listed, unless the body leaves it out. */
    private static void unreported(Context c) {
        org.rapporteur.events.meeting.MeetingConvened m = c.facts.convened();
        Map<ReportFact, Boolean> standing = Map.of(
                ReportFact.MANDATE, m != null && m.mandate() != null,
                ReportFact.SCHEDULING, m != null && m.scheduledBy() != null,
                ReportFact.CONVENING, m != null && m.convenedUnder() != null,
                ReportFact.PRESIDENCY, c.facts.president() != null);
        standing.forEach((fact, recorded) -> {
            if (recorded && !c.outlined(fact) && !c.profile.report().leavesOut().contains(fact)) {
                c.say.about(fact == ReportFact.PRESIDENCY ? c.facts.presidentIds() : c.facts.convenedIds()).problem("'"
                        + fact.publicName() + "' was recorded but no part of the '" + c.profile.id()
                        + "' outline reports it (nor does the profile leave it out)");
            }
        });
        for (Occurrence o : c.facts.occurrences()) {
            if (!c.told(o) && !c.outlined(o.kind()) && !c.profile.report().leavesOut().contains(o.kind())) {
                c.say.about(o.eventIds()).problem("'" + o.kind().publicName() + "' was recorded but no part of the '"
                        + c.profile.id() + "' outline reports it (nor does the profile leave it out)");
            }
        }
    }

    private static void facts(ReportOutline.Part part, Context c) {
        if (part.order() == ReportOutline.Order.AS_LISTED) {
            for (ReportFact fact : part.facts()) {
                Composer composer = BY_FACT.get(fact);
                if (composer.isStanding(fact)) {
                    composer.standing(fact, c);
                } else {
                    for (Occurrence o : c.facts.of(fact)) {
                        occurred(composer, o, c);
                    }
                }
            }
            return;
        }
        List<ReportFact> after = new ArrayList<>();
        boolean occurring = false;
        for (ReportFact fact : part.facts()) {
            Composer composer = BY_FACT.get(fact);
            if (!composer.isStanding(fact)) {
                occurring = true;
            } else if (occurring) {
                after.add(fact);
            } else {
                composer.standing(fact, c);
            }
        }
        if (part.order() == ReportOutline.Order.BY_AGENDA_ITEM) {
            byAgendaItem(part, c);
        } else {
            for (Occurrence o : c.facts.occurrences()) {
                if (part.facts().contains(o.kind())) {
                    occurred(BY_FACT.get(o.kind()), o, c);
                }
            }
        }
        for (ReportFact fact : after) {
            BY_FACT.get(fact).standing(fact, c);
        }
    }

    private static void occurred(Composer composer, Occurrence o, Context c) {
        if (c.told(o)) {
            return;
        }
        c.at(o);
        composer.occurred(o, c);
        c.after(o);
        c.tell(o);
    }

    /** The part's occurrences under no agenda item first, then under each item of the agenda as amended, headed by it. */
    private static void byAgendaItem(ReportOutline.Part part, Context c) {
        List<AgendaItem> agenda = AgendaAnnex.items(c);
        Map<AgendaItemNumber, List<Occurrence>> underItem = new java.util.HashMap<>();
        agenda.forEach(item -> underItem.put(item.number(), new ArrayList<>()));
        for (Occurrence o : c.facts.occurrences()) {
            if (!part.facts().contains(o.kind())) {
                continue;
            }
            List<Occurrence> under = o.item() == null ? null : underItem.get(o.item());
            if (under != null) {
                under.add(o);
            } else {
                occurred(BY_FACT.get(o.kind()), o, c);
            }
        }
        for (AgendaItem item : agenda) {
            int at = c.blocks().size();
            for (Occurrence o : underItem.get(item.number())) {
                occurred(BY_FACT.get(o.kind()), o, c);
            }
            if (c.blocks().size() > at) {
                c.blocks().add(at, new SubHeading(null, c.say.say("part.agenda-item", "number", item.number().text(),
                        "title", c.texts.plain(item.title())), 1));
            }
        }
    }
}
