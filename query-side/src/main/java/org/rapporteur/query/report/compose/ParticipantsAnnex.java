package org.rapporteur.query.report.compose;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.Text;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.profiles.ParticipationCategory;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.ReportDocument.AnnexBlock;
import org.rapporteur.query.report.ReportDocument.AnnexHeading;
import org.rapporteur.query.report.ReportDocument.AnnexList;
import org.rapporteur.query.report.facts.MeetingFacts;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list of participants: those registered and those admitted, by the body's categories of participation in the
 * profile's order (then the categories the meeting added), each under the category's name as the profile gives it,
 * States by their names as listed in the report's language, then organisations, in the language's alphabetical order.
 */
final class ParticipantsAnnex {

    private ParticipantsAnnex() {
    }

    /** One category's participants: its key, States (codes) and organisations, and the events that name them. */
    record Group(String category, LinkedHashSet<String> states, LinkedHashMap<String, Organisation> organisations,
                 List<String> eventIds) {
        boolean isEmpty() {
            return states.isEmpty() && organisations.isEmpty();
        }
    }

    /** The categories with participants, in the profile's order, then the meeting's own, then any other. */
    static List<Group> groups(Context c) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        c.profile.body().participationCategories().keySet().forEach(key -> byKey.put(key, group(key)));
        c.facts.addedCategories().keySet().forEach(key -> byKey.putIfAbsent(key, group(key)));
        for (Map.Entry<ParticipantCategory, MeetingFacts.Participants> e : c.facts.participants().entrySet()) {
            Group g = byKey.computeIfAbsent(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'), ParticipantsAnnex::group);
            g.states().addAll(e.getValue().states());
            e.getValue().organisations().forEach(o -> g.organisations().putIfAbsent(o.key(), o));
            g.eventIds().addAll(e.getValue().eventIds());
        }
        for (Occurrence o : c.facts.of(ReportFact.MEMBERSHIP)) {
            if (o.facts() instanceof ParticipantsAdmitted p) {
                Group g = byKey.computeIfAbsent(p.category(), ParticipantsAnnex::group);
                if (p.states() != null) {
                    g.states().addAll(Text.texts(p.states()));
                }
                if (p.organisations() != null) {
                    p.organisations().forEach(org -> g.organisations().putIfAbsent(org.key(), org));
                }
                g.eventIds().addAll(o.eventIds());
            }
        }
        return byKey.values().stream().filter(g -> !g.isEmpty()).toList();
    }

    private static Group group(String key) {
        return new Group(key, new LinkedHashSet<>(), new LinkedHashMap<>(), new ArrayList<>());
    }

    static List<AnnexBlock> blocks(Context c) {
        Collator order = Collator.getInstance(ULocale.forLanguageTag(c.say.language()));
        List<AnnexBlock> blocks = new ArrayList<>();
        for (Group g : groups(c)) {
            String name = categoryName(c, g.category());
            if (name == null) {
                c.say.about(g.eventIds()).problem("participants of category '" + g.category()
                        + "', which the body's profile does not define; the list of participants leaves them out"
                        + " (participants-admitted records them under one of its categories: "
                        + String.join(", ", c.profile.body().participationCategories().keySet()) + ")");
                continue;
            }
            List<String> states = new ArrayList<>(g.states().stream().map(c.names::stateListed).toList());
            states.sort(order);
            List<String> organisations = new ArrayList<>(g.organisations().values().stream().map(c.names::organisation).toList());
            organisations.sort(order);
            states.addAll(organisations);
            blocks.add(new AnnexHeading(c.say.capitalise(name), 1));
            blocks.add(new AnnexList(states));
        }
        return blocks;
    }

    /** A category's name in the report's language: the profile's, or the one the meeting gave it; null if none. */
    private static String categoryName(Context c, String key) {
        ParticipationCategory defined = c.profile.body().participationCategories().get(key);
        if (defined != null) {
            return c.names.text(defined.name());
        }
        org.rapporteur.events.membership.ParticipationCategory added = c.facts.addedCategories().get(key);
        return added == null ? null : c.texts.plain(added.name());
    }
}
