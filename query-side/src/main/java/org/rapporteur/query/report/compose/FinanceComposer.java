package org.rapporteur.query.report.compose;

import org.rapporteur.events.finance.BudgetApproved;
import org.rapporteur.events.finance.ContributionPledged;
import org.rapporteur.events.finance.Money;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A budget approved, with the lines of its table; contributions pledged, those of one sitting in one paragraph. */
final class FinanceComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.FINANCE);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        if (o.facts() instanceof BudgetApproved b) {
            budget(o, b, c);
        } else if (o.facts() instanceof ContributionPledged) {
            pledges(o, c);
        }
    }

    static String money(Money m, Context c) {
        return m == null ? null : c.say.say("money", "amount", m.amount(), "currency", m.currency());
    }

    private static void budget(Occurrence o, BudgetApproved b, Context c) {
        List<String> lines = new ArrayList<>();
        if (b.lines() != null) {
            for (int k = 0; k < b.lines().size(); k++) {
                BudgetApproved.Line line = b.lines().get(k);
                lines.add(c.say.say("finance.budget-line", "item", c.texts.of(line.item()), "amount", money(line.amount(), c))
                        + c.say.itemEnd(k == b.lines().size() - 1));
            }
        }
        c.paragraph(c.say.say("finance.budget", "at", c.atSession(o.session()), "period", c.texts.of(b.period()),
                "total", money(b.total(), c), "decision", b.decisionNumber() == null ? Phrasing.NONE : b.decisionNumber(),
                "symbol", b.documentSymbol() == null ? Phrasing.NONE : b.documentSymbol().text(), "lines", lines.size()),
                o.eventIds(), lines, false);
    }

    /** Rule "pledges of one sitting in one paragraph": each pledge an item, as logged. */
    private static void pledges(Occurrence o, Context c) {
        List<Occurrence> same = new ArrayList<>();
        for (Occurrence other : c.facts.of(ReportFact.FINANCE)) {
            if (!c.told(other) && other.facts() instanceof ContributionPledged && Objects.equals(other.session(), o.session())) {
                same.add(other);
            }
        }
        List<String> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < same.size(); k++) {
            Occurrence other = same.get(k);
            ContributionPledged p = (ContributionPledged) other.facts();
            c.tell(other);
            ids.addAll(other.eventIds());
            items.add(c.say.say("finance.pledge", "by", Speakers.listed(c, p.by()), "amount", money(p.amount(), c),
                    "fund", p.fund() == null ? Phrasing.NONE : c.texts.of(p.fund()),
                    "year", p.forYear() == null ? Phrasing.NONE : String.valueOf(p.forYear()),
                    "conditional", p.conditional(), "condition", p.condition() == null ? Phrasing.NONE : c.texts.of(p.condition()))
                    + c.say.itemEnd(k == same.size() - 1));
        }
        c.say.about(ids);
        c.paragraph(c.say.say("finance.pledges", "at", c.atSession(o.session()), "count", same.size()), ids, items, false);
    }
}
