package org.rapporteur.query.report.compose;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.facts.MeetingFacts;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What composers share while one report is written: the facts, the wording, the names, and where the writing
 * stands (the agenda item and plenary session of the paragraph before, occurrences already told by another's
 * paragraph). Composers add blocks to the part being written.
 */
public final class Context {

    public final MeetingFacts facts;
    public final Phrasing say;
    public final Names names;
    public final BodyProfile profile;
    /** The wording in the language the meeting adopted its texts in (the body's first), and its names. */
    public final Phrasing adopted;
    public final Names adoptedNames;
    /** Free text as recorded, in the report's language (its rendering by the meeting's glossary). */
    public final RecordedTexts texts;

    private final Set<Occurrence> told;
    private final Set<String> done = new HashSet<>();
    private List<Object> blocks = new ArrayList<>();
    private AgendaItemNumber currentItem;
    private AgendaItemNumber previousParagraphItem;
    private Integer previousSession;
    /** How many times a sitting was said, and the blocks and that count when the occurrence being told began. */
    private int sessionMarks;
    private int blocksAt;
    private int sessionMarksAt;

    public Context(MeetingFacts facts, Phrasing say, BodyProfile profile) {
        this.facts = facts;
        this.say = say;
        this.profile = profile;
        this.texts = RecordedTexts.in(say, profile.languages().get(0), facts.renderings());
        this.told = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>(facts.occurrences().size()));
        this.names = new Names(say, profile, facts.convened(), texts);
        this.adopted = say.in(org.rapporteur.query.report.wording.Wording.of(profile, profile.languages().get(0)));
        this.adoptedNames = adopted == say ? names : new Names(adopted, profile, facts.convened(), RecordedTexts.asRecorded());
        say.standing("us", names.us());
        adopted.standing("us", adoptedNames.us());
        // what the body calls its members ("States Parties", "Parties"), for any message that names them
        say.standing("members", names.text(profile.body().members()));
        adopted.standing("members", adoptedNames.text(profile.body().members()));
    }

    /** This context writing in the language of adoption (itself when the report is in that language). */
    public Context adoptedLanguage() {
        if (adopted == say) {
            return this;
        }
        if (inAdopted == null) {
            inAdopted = new Context(this);
        }
        return inAdopted;
    }

    private Context inAdopted;
    private Map<String, org.rapporteur.events.participation.Organisation> organisations;

    /** The organisations that took part, by the keys they were registered or admitted with. */
    Map<String, org.rapporteur.events.participation.Organisation> participatingOrganisations() {
        if (organisations == null) {
            organisations = new HashMap<>();
            ParticipantsAnnex.groups(this).forEach(g -> organisations.putAll(g.organisations()));
        }
        return organisations;
    }

    private Context(Context of) {
        this.facts = of.facts;
        this.told = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        this.say = of.adopted;
        this.names = of.adoptedNames;
        this.profile = of.profile;
        this.adopted = of.adopted;
        this.adoptedNames = of.adoptedNames;
        this.texts = RecordedTexts.asRecorded();
    }

    /**
     * The note, once in a report in another language than the adopted texts', saying that they stay as adopted
     * ("" otherwise).
     */
    public String adoptedNote() {
        if (adopted == say || !first("adopted-language-note")) {
            return "";
        }
        return say.footnotes().cite(new org.rapporteur.query.report.wording.Footnotes.Note(say.say("adopted.language-note",
                "language", com.ibm.icu.util.ULocale.forLanguageTag(profile.languages().get(0))
                        .getDisplayLanguage(com.ibm.icu.util.ULocale.forLanguageTag(say.language()))), null, null));
    }

    private Annexes annexes;

    /** The body's annexes as this report prints them (their numbers known before any part is written). */
    Annexes annexes() {
        if (annexes == null) {
            annexes = new Annexes(this);
        }
        return annexes;
    }

    /** The number of the report's annex of {@code kind} ("II"), or null when it has none. */
    public String annexNumber(org.rapporteur.profiles.ReportOutline.AnnexKind kind) {
        return annexes().numberOf(kind);
    }

    /** Whether the body's outline reports {@code fact} in some part. */
    public boolean outlined(org.rapporteur.profiles.ReportFact fact) {
        return outlined(profile.report().parts(), fact);
    }

    private static boolean outlined(List<org.rapporteur.profiles.ReportOutline.Part> parts, org.rapporteur.profiles.ReportFact fact) {
        return parts.stream().anyMatch(p -> p.facts().contains(fact) || outlined(p.parts(), fact));
    }

    /** The rule participants of category {@code key} attend under: the profile's category's, or one the meeting added; null for none. */
    String ruleOfCategory(String key) {
        org.rapporteur.profiles.ParticipationCategory defined = profile.body().participationCategories().get(key);
        org.rapporteur.events.membership.ParticipationCategory added = facts.addedCategories().get(key);
        return defined != null ? defined.rule() : added != null ? added.rule() : null;
    }

    /** The blocks being written (a part's), for a heading put before what was just written under it. */
    List<Object> blocks() {
        return blocks;
    }

    /** Starts a part: what composers write from now on goes into {@code into}. */
    void into(List<Object> part) {
        this.blocks = part;
    }

    void at(Occurrence o) {
        currentItem = o.item();
        say.about(o.eventIds());
        blocksAt = blocks.size();
        sessionMarksAt = sessionMarks;
    }

    /** Marks occurrences as told by the paragraph being written, so that they are not told again. */
    public void tell(Occurrence... os) {
        told.addAll(List.of(os));
    }

    /** True the first time it is asked about {@code what} in this report (an introduction written once). */
    public boolean first(String what) {
        return done.add(what);
    }

    public boolean told(Occurrence o) {
        return told.contains(o);
    }

    public AgendaItemNumber currentItem() {
        return currentItem;
    }

    public void currentItem(AgendaItemNumber item) {
        currentItem = item;
    }

    /** The title of a document by its symbol, in the report's language (the symbol when it was not submitted). */
    public String titleOf(org.rapporteur.events.DocumentSymbol symbol) {
        return texts.subject(facts.titleOf(symbol), facts.document(symbol).isPresent());
    }

    /** A document's title by its symbol, or what else a statement or vote is on, in the report's language. */
    public String titleOf(String symbolOrText) {
        return symbolOrText == null ? null : titleOf(org.rapporteur.events.DocumentSymbol.of(symbolOrText));
    }

    public AgendaItem item(AgendaItemNumber number) {
        return number == null ? null : facts.agenda().get(number);
    }

    /** The plenary session of the paragraph before (for "Also at the same session"), and now this one's. */
    public Integer previousSession(Integer session) {
        Integer before = previousSession;
        previousSession = session;
        sessionMarks++;
        return before;
    }

    /**
     * After {@code o} was written ({@link #at} before): a paragraph written for it that did not say its sitting leaves none
     * said, so the next says "At the third plenary session, on ..." in full, not "Also at ..." after a paragraph of
     * another sitting.
     */
    void after(Occurrence o) {
        if (blocks.size() > blocksAt && sessionMarks == sessionMarksAt && !Objects.equals(previousSession, o.session())) {
            previousSession(null);
        }
    }

    /** "At the fifth plenary session, on 13 September 2024," ("Also at ..." after a paragraph of the same session), or "". */
    public String atSession(Integer session) {
        if (session == null) {
            return "";
        }
        Integer before = previousSession(session);
        if (Objects.equals(before, session)) {
            return say.say("at-session.also", "session", session);
        }
        return say.say("at-session", "session", session, "date", say.date(facts.sessionDates().get(session)));
    }

    /** "At the second and third plenary sessions," (no comma when {@code comma} is false), or "" for none. */
    public String atSessions(java.util.Collection<Integer> sessions, boolean comma) {
        if (sessions.isEmpty()) {
            return "";
        }
        String ordinals = say.list(sessions.stream().map(say::ordinal).toList());
        return say.say(comma ? "at-sessions" : "at-sessions.no-comma", "sessions", ordinals, "count", sessions.size());
    }

    /** "In the context of its consideration of X" ("Also in ..." when the paragraph before was on X too), or "". */
    public String contextOpening(String after) {
        return contextOpening(after, say);
    }

    /** {@link #contextOpening(String)} in the wording of {@code in}. */
    public String contextOpening(String after, Phrasing in) {
        AgendaItem item = item(currentItem);
        if (item == null || item.subject() == null) {
            return "";
        }
        String opening = in.say("context", "subject", in == say ? texts.of(item.subject()) : item.subject(),
                "also", Objects.equals(previousParagraphItem, currentItem));
        return opening == null ? "" : opening + after;
    }

    public void paragraph(String text, List<String> eventIds) {
        paragraph(text, eventIds, List.of(), false);
    }

    public void paragraph(String text, List<String> eventIds, List<String> items, boolean lettered) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<List<org.rapporteur.query.report.wording.Footnotes.Piece>> pieces = new ArrayList<>();
        for (String item : items) {
            if (item != null) {
                pieces.add(say.footnotes().split(Prose.tidy(item)));
            }
        }
        blocks.add(new DraftParagraph(say.footnotes().split(say.capitalise(Prose.tidy(text))), pieces, lettered,
                List.copyOf(new LinkedHashSet<>(eventIds))));
        previousParagraphItem = currentItem;
    }

    public void heading(String text) {
        if (text != null) {
            blocks.add(new SubHeading(text));
        }
    }
}
