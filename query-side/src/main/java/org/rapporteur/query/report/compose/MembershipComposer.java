package org.rapporteur.query.report.compose;

import org.rapporteur.events.Text;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.credentials.CredentialsReportApproved;
import org.rapporteur.events.membership.AttendanceRecorded;
import org.rapporteur.events.membership.MembershipReported;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.subsidiary.Chair;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;
import org.rapporteur.profiles.ParticipationCategory;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Membership and attendance, participants admitted by the body's own categories, credentials, and the subsidiary
 * bodies established (each with its report when it reported).
 */
final class MembershipComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.MEMBERSHIP, ReportFact.CREDENTIALS, ReportFact.SUBSIDIARY_BODIES);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        String members = c.names.text(c.profile.body().members());
        if (o.facts() instanceof MembershipReported m) {
            Prose text = new Prose(c.say).sentence(c.say.say("membership.reported", "count", m.count(), "members", members,
                    "date", c.say.date(m.asOf()), "note", Notes.reference(c, m.source())));
            if (m.newMembers() != null && !m.newMembers().isEmpty()) {
                text.sentence(c.say.say("membership.joined", "count", m.newMembers().size(),
                        "states", c.names.statesInText(m.newMembers(), "text")));
            }
            c.paragraph(text.toString(), o.eventIds());
        } else if (o.facts() instanceof AttendanceRecorded a) {
            c.paragraph(c.say.say("membership.attendance", "present", a.present(),
                    "total", a.members() == null ? Phrasing.NONE : String.valueOf(a.members()), "members", members), o.eventIds());
        } else if (o.facts() instanceof ParticipantsAdmitted p) {
            ParticipationCategory category = c.profile.body().participationCategories().get(p.category());
            List<String> names = new ArrayList<>();
            if (p.states() != null) {
                names.addAll(c.names.listed(p.states()));
            }
            if (p.organisations() != null) {
                p.organisations().forEach(org -> names.add(c.names.organisation(org)));
            }
            org.rapporteur.events.membership.ParticipationCategory added = c.facts.addedCategories().get(p.category());
            String name = category != null ? c.names.text(category.name()) : added != null ? c.texts.of(added.name()) : null;
            String rule = c.ruleOfCategory(p.category());
            c.paragraph(c.say.say("membership.admitted", "list", c.say.list(names), "name", name,
                    "rule", rule == null ? Phrasing.NONE : rule, "count", names.size()), o.eventIds());
        } else if (o.facts() instanceof CredentialsExamined e) {
            String body = bodyName(e.examinedBy(), c);
            c.paragraph(c.say.say("credentials.examined", "by", body, "the", c.names.bodyInText(body, "text"),
                    "symbol", e.reportSymbol() == null ? Phrasing.NONE : e.reportSymbol().text(),
                    "received", e.received() == null ? Phrasing.NONE : String.valueOf(e.received()), "inOrder", e.inOrder(),
                    "provisional", e.provisional() == null || e.provisional() == 0 ? Phrasing.NONE : String.valueOf(e.provisional())),
                    o.eventIds());
        } else if (o.facts() instanceof CredentialsReportApproved r) {
            c.paragraph(c.say.say("credentials.approved", "symbol", r.reportSymbol() == null ? Phrasing.NONE : r.reportSymbol().text(),
                    "adoption", r.adoption()), o.eventIds());
        } else if (o.facts() instanceof SubsidiaryBodyEstablished s) {
            established(o, s, c);
        } else if (o.facts() instanceof SubsidiaryBodyReported r) {
            reported(o, r, c);
        } else if (o.facts() instanceof SubsidiaryBodyReportActedOn a) {
            c.paragraph(actedOn(a, false, c), o.eventIds());
        }
    }

    private static void established(Occurrence o, SubsidiaryBodyEstablished s, Context c) {
        // its officers by role, in the order first recorded: "co-chaired by A and B, with C as Rapporteur"
        Map<Chair.Role, List<org.rapporteur.events.Holder>> byRole = new LinkedHashMap<>();
        if (s.chairs() != null) {
            for (Chair chair : s.chairs()) {
                byRole.computeIfAbsent(chair.role(), r -> new ArrayList<>()).add(chair.holder());
            }
        }
        List<String> chairs = new ArrayList<>();
        byRole.forEach((role, holders) -> chairs.add(c.say.say("subsidiary.officers", "role", role,
                "holders", c.say.list(holders.stream().map(c.names::holder).toList()),
                "holdersOf", c.say.list(holders.stream().map(c.names::holderOf).toList()), "count", holders.size())));
        List<String> items = s.agendaItems() == null ? List.of() : Text.texts(s.agendaItems());
        List<String> members = s.states() == null ? List.of() : c.names.listed(s.states());
        List<String> documents = s.documents() == null ? List.of() : Text.texts(s.documents());
        c.paragraph(c.say.say("subsidiary.established", "kind", s.kind(), "name", s.name(),
                "the", c.names.bodyInText(s.name(), "text"), "gender", c.names.recordedGender(s.name()),
                "chairs", chairs.isEmpty() ? Phrasing.NONE : c.say.list(chairs),
                "items", items.isEmpty() ? Phrasing.NONE : c.say.list(items), "count", items.size(),
                "openEnded", s.openEnded() ? "yes" : "no", "members", members.isEmpty() ? Phrasing.NONE : c.say.list(members),
                "documents", documents.isEmpty() ? Phrasing.NONE : c.say.list(documents), "documentCount", documents.size()),
                o.eventIds());
    }

    /**
     * Rule "a subsidiary body's report with what the plenary did with it": the report presented and the plenary's
     * action on it (the next one on that body's report, not told yet) in one paragraph.
     */
    private static void reported(Occurrence o, SubsidiaryBodyReported r, Context c) {
        String body = bodyName(r.body(), c);
        Prose text = new Prose(c.say).sentence(c.say.say("subsidiary.reported", "name", body,
                "of", c.names.bodyInText(body, "of"),
                "symbol", r.reportSymbol() == null ? Phrasing.NONE : r.reportSymbol().text(),
                "by", r.presentedBy() == null ? Phrasing.NONE : c.names.holder(r.presentedBy()), "orally", r.orally()));
        List<String> ids = new ArrayList<>(o.eventIds());
        for (Occurrence other : c.facts.of(ReportFact.SUBSIDIARY_BODIES)) {
            if (other.facts() instanceof SubsidiaryBodyReportActedOn a && a.body().equals(r.body()) && !c.told(other)
                    && c.facts.indexOf(other) > c.facts.indexOf(o)) {
                c.tell(other);
                ids.addAll(other.eventIds());
                c.say.about(other.eventIds());
                text.sentence(actedOn(a, true, c));
                break;
            }
        }
        c.paragraph(text.toString(), ids);
    }

    private static String actedOn(SubsidiaryBodyReportActedOn a, boolean again, Context c) {
        String body = bodyName(a.body(), c);
        return c.say.say("subsidiary.acted-on", "name", body, "of", c.names.bodyInText(body, "of"),
                "action", a.action(), "again", again);
    }

    /** A subsidiary body by its key: the name it was established with, a standing body's, or the Bureau; null (a problem) otherwise. */
    static String bodyName(String key, Context c) {
        for (Occurrence other : c.facts.of(ReportFact.SUBSIDIARY_BODIES)) {
            if (other.facts() instanceof SubsidiaryBodyEstablished s && s.key().equals(key)) {
                return s.name();
            }
        }
        String standing = c.profile.body().standingBodies().get(key);
        if (standing != null) {
            return standing;
        }
        if ("bureau".equals(key)) {
            return c.say.say("subsidiary.bureau");
        }
        c.say.problem("'" + key + "' names no subsidiary body established at the meeting, nor one of the body's standing bodies");
        return null;
    }
}
