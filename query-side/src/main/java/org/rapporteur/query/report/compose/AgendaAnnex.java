package org.rapporteur.query.report.compose;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaAmended;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.query.report.ReportDocument.AnnexBlock;
import org.rapporteur.query.report.ReportDocument.AnnexParagraph;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agenda as the meeting had it: the items adopted, then each amendment in the order recorded (an item added
 * takes its place by number, one deleted leaves, one reworded takes its new title).
 */
final class AgendaAnnex {

    private static final Pattern SUB_ITEM = Pattern.compile("\\d+\\s*\\(([a-z]{1,3})\\)");

    private AgendaAnnex() {
    }

    static List<AgendaItem> items(Context c) {
        Map<AgendaItemNumber, AgendaItem> agenda = new LinkedHashMap<>();
        for (Occurrence o : c.facts.occurrences()) {
            if (o.facts() instanceof AgendaAdopted adopted) {
                agenda.clear();
                adopted.items().forEach(item -> agenda.put(item.number(), item));
            } else if (o.facts() instanceof AgendaAmended amended) {
                for (AgendaAmended.Amendment a : amended.amendments()) {
                    switch (a.change()) {
                        case DELETED -> agenda.remove(a.itemNumber());
                        case REWORDED -> agenda.computeIfPresent(a.itemNumber(),
                                (n, item) -> new AgendaItem(n, a.title() == null ? item.title() : a.title(), item.subject()));
                        case ADDED -> {
                            if (a.title() != null) {
                                agenda.put(a.itemNumber(), new AgendaItem(a.itemNumber(), a.title(), null));
                            }
                        }
                    }
                }
            }
        }
        List<AgendaItem> items = new ArrayList<>(agenda.values());
        items.sort((a, b) -> compareNumbers(a.number().text(), b.number().text()));
        return items;
    }

    static List<AnnexBlock> blocks(Context c) {
        List<AnnexBlock> blocks = new ArrayList<>();
        for (AgendaItem item : items(c)) {
            // a sub-item is lettered under its item, as agendas print them: "(a)" under "2."
            Matcher sub = SUB_ITEM.matcher(item.number().text());
            blocks.add(new AnnexParagraph(sub.matches() ? "(" + sub.group(1) + ")" : item.number().text() + ".",
                    c.texts.of(item.title())));
        }
        return blocks;
    }

    /** "2" before "10", "5" before "5(a)" before "5(b)": runs of digits compared as numbers. */
    static int compareNumbers(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int byValue = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (byValue != 0) {
                    return byValue;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
