package org.rapporteur.query.report;

import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingRef;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.agenda.ProgrammeOfWorkNoted;
import org.rapporteur.events.agenda.RulesOfProcedureConfirmed;
import org.rapporteur.events.coordinators.Seat;
import org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.Clause;
import org.rapporteur.events.decisions.CoordinatorsAppreciated;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.FinalReportAdopted;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.decisions.Tense;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.NextMeetingScheduled;
import org.rapporteur.events.meeting.OpeningCeremonyHeld;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.ElectionMethod;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.officers.VoteCount;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;
import org.rapporteur.events.work.AnalysisPresented;
import org.rapporteur.events.work.ComplianceDeclared;
import org.rapporteur.events.work.DocumentConsidered;
import org.rapporteur.events.work.ExtensionRequestPresented;
import org.rapporteur.events.work.ImplementationReviewed;
import org.rapporteur.events.work.Speakers;
import org.rapporteur.events.work.StatementsDelivered;
import org.rapporteur.events.work.WorkReported;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.ReportDocument.Annex;
import org.rapporteur.query.report.ReportDocument.AnnexEntry;
import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.Footnote;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Header;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;
import org.rapporteur.text.Dates;
import org.rapporteur.text.Lists;
import org.rapporteur.text.Numbers;
import org.rapporteur.text.Ordinals;
import org.rapporteur.text.States;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft final report of a meeting: a pure function of its effective actions (corrections applied,
 * withdrawn actions left out). All wording comes from {@link Templates}.
 */
public final class ReportGenerator {

    private final Templates templates;

    public ReportGenerator() {
        this(Templates.defaults());
    }

    public ReportGenerator(Templates templates) {
        this.templates = templates;
    }

    public ReportDocument generate(MeetingHistory history) {
        return new Draft(templates, history.effectiveActions()).build();
    }

    /** One generation: the facts indexed in a first pass, then paragraphs written in logging order. */
    private static final class Draft {
        private static final char NOTE_OPEN = '\uE000';
        private static final char NOTE_CLOSE = '\uE001';
        private static final Pattern NOTE_MARK = Pattern.compile(NOTE_OPEN + "(\\d+)" + NOTE_CLOSE);
        private static final Pattern PLACEHOLDER = Pattern.compile(
                "\\{(states|state:([A-Za-z]{3})|short:([A-Za-z]{3})|fn:(\\d+)|title:([^}]+)|(msp|MSP|rc|RC):(\\d+)|convention|plan|org:([^}]+)|date:([0-9-]+))}");

        private final Templates t;
        private final List<EffectiveAction> actions;

        private MeetingConvened convened;
        private final List<String> convenedIds = new ArrayList<>();
        private PresidentDesignated president;
        private String presidentId;
        private MeetingDatesChanged datesChanged;
        private String datesChangedId;
        private final Map<String, DocumentSubmitted> documents = new LinkedHashMap<>();
        private final Set<String> withdrawn = new HashSet<>();
        private final Map<String, AgendaItem> agenda = new HashMap<>();
        private final Map<Integer, LocalDate> sessionDates = new LinkedHashMap<>();
        private final List<String> sessionIds = new ArrayList<>();
        private final Map<ParticipantCategory, LinkedHashSet<String>> states = new EnumMap<>(ParticipantCategory.class);
        private final Map<ParticipantCategory, LinkedHashMap<String, Organisation>> organisations = new EnumMap<>(ParticipantCategory.class);
        private final Map<ParticipantCategory, List<String>> participantIds = new EnumMap<>(ParticipantCategory.class);
        private final List<EffectiveAction> secretariat = new ArrayList<>();
        private final List<EffectiveAction> requests = new ArrayList<>();
        private final List<EffectiveAction> analyses = new ArrayList<>();
        private final Map<String, TreeSet<Integer>> workSessionsByItem = new HashMap<>();
        private FinalReportAdopted finalReport;

        private final List<String> notes = new ArrayList<>();
        private final List<String> noteSymbols = new ArrayList<>();
        private final List<String> notePinpoints = new ArrayList<>();

        private final List<Object> section3 = new ArrayList<>();
        private final List<Object> section4 = new ArrayList<>();
        private String currentItem;
        private String previousParagraphItem;
        private Integer previousSession;

        Draft(Templates templates, List<EffectiveAction> actions) {
            this.t = templates;
            this.actions = actions;
        }

        ReportDocument build() {
            index();
            if (convened == null) {
                return new ReportDocument(new Header("", "", t.raw("header.language"), "", "", t.raw("header.title"), "", ""),
                        List.of(), List.of(), new Annex("", List.of()));
            }
            write();
            List<DraftSection> sections = new ArrayList<>();
            sections.add(new DraftSection("I", t.raw("section.1"), introduction()));
            sections.add(new DraftSection("II", fill("section.2"), organization()));
            List<Object> work = new ArrayList<>(openingOfWork());
            work.addAll(section3);
            sections.add(new DraftSection("III", fill("section.3"), work));
            sections.add(new DraftSection("IV", t.raw("section.4"), section4));
            return finish(sections);
        }

        // ---- first pass -------------------------------------------------------------------------------

        private void index() {
            String item = null;
            for (EffectiveAction action : actions) {
                MeetingEvent e = action.facts();
                if (e instanceof MeetingConvened c) {
                    convened = c;
                    convenedIds.addAll(action.eventIds());
                } else if (e instanceof PresidentDesignated p) {
                    president = p;
                    presidentId = action.eventIds().get(0);
                } else if (e instanceof MeetingDatesChanged d) {
                    datesChanged = d;
                    datesChangedId = action.eventIds().get(0);
                } else if (e instanceof DocumentSubmitted d) {
                    documents.put(d.symbol(), d);
                    withdrawn.remove(d.symbol());
                } else if (e instanceof DocumentWithdrawn d) {
                    withdrawn.add(d.symbol());
                } else if (e instanceof AgendaAdopted a) {
                    a.items().forEach(i -> agenda.put(i.number(), i));
                } else if (e instanceof AgendaItemTakenUp a) {
                    item = a.itemNumber();
                } else if (e instanceof PlenarySessionOpened s) {
                    sessionDates.put(s.number(), s.moment().date());
                    sessionIds.add(action.eventIds().get(0));
                } else if (e instanceof ParticipantsRegistered r) {
                    LinkedHashSet<String> list = states.computeIfAbsent(r.category(), k -> new LinkedHashSet<>());
                    if (r.states() != null) {
                        list.addAll(r.states());
                    }
                    LinkedHashMap<String, Organisation> orgs = organisations.computeIfAbsent(r.category(), k -> new LinkedHashMap<>());
                    if (r.organisations() != null) {
                        r.organisations().forEach(o -> orgs.put(o.key(), o));
                    }
                    participantIds.computeIfAbsent(r.category(), k -> new ArrayList<>()).addAll(action.eventIds());
                } else if (e instanceof ParticipantsRemoved r) {
                    if (r.states() != null && states.containsKey(r.category())) {
                        states.get(r.category()).removeAll(r.states());
                    }
                    if (r.organisations() != null && organisations.containsKey(r.category())) {
                        r.organisations().forEach(organisations.get(r.category())::remove);
                    }
                    participantIds.computeIfAbsent(r.category(), k -> new ArrayList<>()).addAll(action.eventIds());
                } else if (e instanceof SecretariatMemberServed) {
                    secretariat.add(action);
                } else if (e instanceof ExtensionRequestPresented) {
                    requests.add(action);
                } else if (e instanceof AnalysisPresented) {
                    analyses.add(action);
                } else if (e instanceof FinalReportAdopted f) {
                    finalReport = f;
                }
                if (item != null && (e instanceof WorkReported || e instanceof ImplementationReviewed
                        || e instanceof ComplianceDeclared || e instanceof DocumentConsidered)
                        && e.moment().plenarySession() != null) {
                    workSessionsByItem.computeIfAbsent(item, k -> new TreeSet<>()).add(e.moment().plenarySession());
                }
            }
        }

        // ---- sections I and II, and the opening of III ---------------------------------------------------

        private List<Object> introduction() {
            List<Object> blocks = new ArrayList<>();
            MeetingConvened.Mandate mandate = convened.mandate();
            if (mandate != null) {
                blocks.add(para(fill("intro.mandate", "article", "Article " + convened.convention().meetingsArticle(),
                        "convention", convened.convention().name(), "body", mandate.body(), "sessions", mandate.bodySessions(),
                        "frequency", mandate.frequency(), "until", mandate.until(), "duration", mandate.maximumDuration(),
                        "note", note(mandate.reference())), convenedIds));
            }
            StringBuilder second = new StringBuilder();
            List<String> ids = new ArrayList<>(convenedIds);
            if (convened.scheduledBy() != null) {
                second.append(fill("intro.scheduled", "body", convened.scheduledBy().body(),
                        "sessions", convened.scheduledBy().bodySessions(), "meeting", runningTitle(),
                        "dates", Dates.range(convened.startsOn(), convened.endsOn()), "city", convened.venue().city(),
                        "note", note(convened.scheduledBy().reference())));
            }
            if (president != null) {
                ids.add(presidentId);
                appendSentence(second, fill("intro.president", "president", personWithPosition(president.president()),
                        "note", note(president.reference())));
                if (president.termDecidedBy() != null) {
                    appendSentence(second, fill("intro.presidentTerm", "decidedBy", president.termDecidedBy(),
                            "pronoun", pronoun(president.president()),
                            "previous", t.fill("meeting.running", Map.of("ordinal", Ordinals.word(convened.ordinal() - 1))),
                            "meeting", runningTitle()));
                }
            }
            if (second.length() > 0) {
                blocks.add(para(second.toString(), ids));
            }
            if (convened.convenedUnder() != null) {
                MeetingConvened.ConveningResolution r = convened.convenedUnder();
                blocks.add(para(fill("intro.convened", "paragraph", r.paragraph(), "resolution", r.resolution(),
                        "conference", r.mandatingConference()), convenedIds));
            }
            return blocks;
        }

        private List<Object> organization() {
            List<Object> blocks = new ArrayList<>();
            String city = convened.venue().city();
            String country = convened.venue().country() == null ? "" : States.name(convened.venue().country());
            if (datesChanged != null) {
                List<LocalDate> days = datesChanged.sittingDays();
                long span = ChronoUnit.DAYS.between(convened.startsOn(), convened.endsOn()) + 1;
                String shortened = "";
                if (datesChanged.reason() != null && days.size() < span) {
                    int lost = (int) (span - days.size());
                    shortened = footnote(fill("organization.shortened", "reason", datesChanged.reason(),
                            "count", Numbers.count(lost, "day", "days")), null, null);
                }
                StringBuilder text = new StringBuilder(fill("organization.held", "meeting", runningTitle(), "city", city,
                        "country", country, "days", Dates.days(days), "note", shortened));
                if (datesChanged.informalEventDays() != null && !datesChanged.informalEventDays().isEmpty()) {
                    appendSentence(text, fill("organization.informal", "days",
                            Lists.join(datesChanged.informalEventDays().stream().map(Dates::dayAndMonth).toList())));
                }
                blocks.add(para(text.toString(), List.of(convenedIds.get(0), datesChangedId)));
            } else {
                blocks.add(para(fill("organization.heldRange", "meeting", runningTitle(), "city", city, "country", country,
                        "dates", Dates.range(convened.startsOn(), convened.endsOn())), convenedIds));
            }
            for (EffectiveAction action : secretariat) {
                SecretariatMemberServed s = (SecretariatMemberServed) action.facts();
                blocks.add(para(fill("secretariat." + s.role().name(), "person", personWithPosition(s.person())), action.eventIds()));
            }
            for (ParticipantCategory category : ParticipantCategory.values()) {
                List<String> names = new ArrayList<>();
                states.getOrDefault(category, new LinkedHashSet<>()).forEach(code -> names.add(States.name(code)));
                organisations.getOrDefault(category, new LinkedHashMap<>()).values().forEach(o -> names.add(organisation(o)));
                if (!names.isEmpty()) {
                    blocks.add(para(fill("participants." + category.name(), "list", Lists.join(names)), participantIds.get(category)));
                }
            }
            return blocks;
        }

        private List<Object> openingOfWork() {
            if (sessionDates.isEmpty()) {
                return List.of();
            }
            List<LocalDate> dates = new ArrayList<>(sessionDates.values());
            LocalDate last = finalReport != null && finalReport.moment() != null ? convened.endsOn() : dates.get(dates.size() - 1);
            last = dates.get(dates.size() - 1).isAfter(last) ? dates.get(dates.size() - 1) : last;
            return List.of(para(fill("work.sessions", "count", Numbers.words(sessionDates.size()),
                    "dates", Dates.betweenRange(dates.get(0), last)), sessionIds));
        }

        // ---- second pass: sections III and IV in logging order -------------------------------------------

        private void write() {
            boolean requestsWritten = false;
            boolean statementsWritten = false;
            boolean extensionIntroWritten = false;
            for (int i = 0; i < actions.size(); i++) {
                EffectiveAction action = actions.get(i);
                MeetingEvent e = action.facts();
                if (e instanceof AgendaItemTakenUp a) {
                    currentItem = a.itemNumber();
                } else if (e instanceof MeetingOpened opened) {
                    i = opening(i, opened);
                } else if (e instanceof AgendaAdopted || e instanceof RulesOfProcedureConfirmed || e instanceof ProgrammeOfWorkNoted
                        || e instanceof ObserverStatusConfirmed) {
                    i = organisationOfWork(i);
                } else if (e instanceof VicePresidentsElected v) {
                    vicePresidents(action, v);
                } else if (e instanceof SecretaryGeneralConfirmed s) {
                    work(action, fill("work.secretaryGeneral", "at", atSession(s.moment().plenarySession()),
                            "unanimously", s.unanimously() ? t.raw("work.unanimously") : "",
                            "person", personWithPosition(s.secretaryGeneral()), "meeting", runningTitle()));
                } else if ((e instanceof ExtensionRequestPresented || e instanceof AnalysisPresented) && !requestsWritten) {
                    requestsWritten = true;
                    requestsAndAnalyses();
                } else if (e instanceof StatementsDelivered && !statementsWritten) {
                    statementsWritten = true;
                    statements();
                } else if (e instanceof ImplementationReviewed r) {
                    reviewed(action, r);
                } else if (e instanceof WorkReported w) {
                    i = reported(i, w);
                } else if (e instanceof DocumentConsidered d) {
                    List<String> ids = new ArrayList<>(action.eventIds());
                    work(ids, documentConsidered(d));
                } else if (e instanceof ComplianceDeclared c) {
                    compliance(action, c);
                } else if (e instanceof DecisionAdopted d) {
                    decision(action, d);
                } else if (e instanceof CoordinatorsAppreciated c) {
                    decide(action.eventIds(), fill("decision.appreciated", "states", running(c.states()),
                            "coordinators", t.raw(c.states().size() == 1 ? "coordinators.one" : "coordinators.many"),
                            "area", c.area(), "pronoun", c.states().size() == 1 ? "its" : "their"));
                } else if (e instanceof ExtensionRequestGranted g) {
                    if (!extensionIntroWritten) {
                        extensionIntroWritten = true;
                        extensionIntro(action);
                    }
                    extension(action, g);
                } else if (e instanceof WorkingGroupCoordinatorsAppointed w) {
                    workingGroups(action, w);
                } else if (e instanceof ThematicCoordinatorsAppointed a) {
                    thematic(action, a);
                } else if (e instanceof NextPresidentElected n) {
                    nextPresident(action, n);
                } else if (e instanceof NextMeetingScheduled n) {
                    i = nextMeeting(i, n);
                } else if (e instanceof ReviewConferencePresidencyDecided r) {
                    i = presidency(i, r);
                } else if (e instanceof EstimatedCostsAdopted c) {
                    decide(action.eventIds(), fill("next.costsAlone", "revised", c.revised() ? t.raw("next.revised") : "",
                            "meeting", meetingRef(c.meeting(), true), "symbol", c.documentSymbol()));
                } else if (e instanceof IntersessionalMeetingsDecided d) {
                    decide(action.eventIds(), fill("next.intersessional", "decidedBy", d.underDecisionOf(),
                            "meeting", d.datesCommunicatedByPresidentOf() == null ? ""
                                    : meetingRef(d.datesCommunicatedByPresidentOf(), true)));
                } else if (e instanceof FinalReportAdopted f) {
                    annexParagraph(List.of());
                    decide(action.eventIds(), fill("finalReport.adopted", "ordinal",
                            f.moment().plenarySession() == null ? "" : Ordinals.lower(f.moment().plenarySession()),
                            "date", Dates.day(f.moment().date()), "draft", f.draftSymbol(), "symbol", f.symbol()));
                }
            }
            if (finalReport == null && !documents.isEmpty()) {
                annexParagraph(List.of());
            }
        }

        private int opening(int i, MeetingOpened opened) {
            List<String> ids = new ArrayList<>(actions.get(i).eventIds());
            StringBuilder text = new StringBuilder(fill("work.opened", "date", Dates.day(opened.moment().date()),
                    "person", opened.openedBy() == null ? "" : personOf(opened.openedBy()), "meeting", runningTitle()));
            int next = i + 1;
            if (next < actions.size() && actions.get(next).facts() instanceof OpeningCeremonyHeld ceremony) {
                ids.addAll(actions.get(next).eventIds());
                List<String> speakers = new ArrayList<>();
                for (OpeningCeremonyHeld.Speaker s : ceremony.speakers()) {
                    speakers.add(speaker(s));
                }
                appendSentence(text, fill("work.ceremony", "speakers", String.join("; ", speakers)));
                if (ceremony.screenings() != null) {
                    for (OpeningCeremonyHeld.Screening s : ceremony.screenings()) {
                        appendSentence(text, fill("work.screening", "what", s.what(), "title", s.title()));
                    }
                }
                i = next;
            }
            work(ids, text.toString());
            return i;
        }

        private String speaker(OpeningCeremonyHeld.Speaker s) {
            String name = join(" ", s.honorific(), s.name());
            String who;
            if (s.titleFirst() && s.title() != null) {
                who = s.title() + ", " + name;
            } else if (s.title() != null) {
                who = name + ", " + expand(s.title(), List.of(), List.of());
                who = s.state() != null ? fill("person.ofState", "person", who, "state", States.runningName(s.state())) : who;
            } else {
                who = s.state() != null ? fill("person.ofState", "person", name, "state", States.runningName(s.state())) : name;
            }
            if (s.onBehalfOf() != null) {
                who = fill("person.onBehalfOf", "person", who, "body", s.onBehalfOf());
            }
            if (s.alsoDelivered() != null) {
                who = fill("work.speaker.alsoDelivered", "speaker", who, "message", s.alsoDelivered(),
                        "bodies", Lists.join(s.alsoOnBehalfOf() == null ? List.of()
                                : s.alsoOnBehalfOf().stream().map(o -> fill("work.body", "name", organisation(o))).toList()));
            }
            return who;
        }

        private int organisationOfWork(int i) {
            List<String> ids = new ArrayList<>();
            List<String> clauses = new ArrayList<>();
            String observers = null;
            String takenUp = null;
            Integer session = actions.get(i).facts().moment().plenarySession();
            LocalDate date = actions.get(i).facts().moment().date();
            int j = i;
            for (; j < actions.size(); j++) {
                MeetingEvent e = actions.get(j).facts();
                if (e instanceof AgendaAdopted a) {
                    clauses.add(fill("work.agendaAdopted", "symbol", a.documentSymbol()));
                } else if (e instanceof RulesOfProcedureConfirmed r) {
                    clauses.add(fill("work.rulesConfirmed", "symbol", r.documentSymbol()));
                } else if (e instanceof ProgrammeOfWorkNoted p) {
                    clauses.add(fill("work.programmeNoted", "symbol", p.documentSymbol(),
                            "title", p.title() != null ? p.title() : titleOf(p.documentSymbol())));
                } else if (e instanceof ObserverStatusConfirmed o) {
                    observers = fill("work.observerStatus", "unanimously", o.unanimously() ? t.raw("work.unanimously") : "",
                            "rule", t.has("rule." + o.category().name()) ? t.raw("rule." + o.category().name()) : "");
                } else if (e instanceof AgendaItemTakenUp a) {
                    takenUp = a.itemNumber();
                    continue;
                } else {
                    break;
                }
                ids.addAll(actions.get(j).eventIds());
            }
            StringBuilder text = new StringBuilder();
            if (!clauses.isEmpty()) {
                String at = session == null ? "" : fill("work.atSession", "session", Ordinals.plenarySession(session),
                        "date", Dates.day(date)) + " ";
                text.append(fill("work.organisation", "at", at, "clauses", Lists.join(clauses)));
            }
            if (observers != null) {
                appendSentence(text, observers);
            }
            previousSession = session;
            work(ids, text.toString());
            if (takenUp != null) {
                currentItem = takenUp;
            }
            return j - 1;
        }

        private String atSession(Integer session) {
            if (session == null) {
                return "";
            }
            String at = Objects.equals(previousSession, session)
                    ? fill("work.alsoAtSession", "session", Ordinals.plenarySession(session))
                    : fill("work.atSession", "session", Ordinals.plenarySession(session), "date", Dates.day(sessionDates.getOrDefault(session, LocalDate.MIN)));
            previousSession = session;
            return at;
        }

        private void vicePresidents(EffectiveAction action, VicePresidentsElected v) {
            String at = atSession(v.moment().plenarySession());
            if (v.method() == ElectionMethod.VOTE && v.votes() != null && !v.votes().isEmpty()) {
                List<String> counts = new ArrayList<>();
                for (VoteCount c : v.votes()) {
                    counts.add(States.runningName(c.state()) + " " + fill("work.votes", "votes", String.valueOf(c.votes())));
                }
                work(action, fill("work.vicePresidents.vote", "at", at, "states", running(v.states()),
                        "meeting", runningTitle(), "counts", Lists.join(counts)));
            } else {
                work(action, fill("work.vicePresidents", "at", at, "states", running(v.states()), "meeting", runningTitle()));
            }
        }

        private void requestsAndAnalyses() {
            List<String> ids = new ArrayList<>();
            TreeSet<Integer> sessions = new TreeSet<>();
            List<String> requesting = new ArrayList<>();
            String article = "";
            for (EffectiveAction a : requests) {
                ExtensionRequestPresented r = (ExtensionRequestPresented) a.facts();
                ids.addAll(a.eventIds());
                requesting.add(States.runningName(r.state()));
                article = r.article();
                if (r.moment().plenarySession() != null) {
                    sessions.add(r.moment().plenarySession());
                }
            }
            LinkedHashSet<String> presenters = new LinkedHashSet<>();
            List<String> symbols = new ArrayList<>();
            String group = "";
            for (EffectiveAction a : analyses) {
                AnalysisPresented r = (AnalysisPresented) a.facts();
                ids.addAll(a.eventIds());
                presenters.addAll(r.presentedBy());
                symbols.add(r.documentSymbol());
                group = r.onBehalfOf();
                if (r.moment().plenarySession() != null) {
                    sessions.add(r.moment().plenarySession());
                }
            }
            StringBuilder text = new StringBuilder();
            if (!requesting.isEmpty()) {
                String at = sessions.isEmpty() ? "" : fill("work.atSessions", "sessions", sessions(sessions));
                String base = article.contains(".") ? article.substring(0, article.indexOf('.')) : article;
                String obligation = t.has("obligation." + base) ? t.raw("obligation." + base) : "";
                text.append(fill(requesting.size() == 1 ? "work.request" : "work.requests", "at", at, "article", article,
                        "states", Lists.join(requesting), "obligation", obligation));
            }
            if (!symbols.isEmpty()) {
                appendSentence(text, fill(symbols.size() == 1 ? "work.analysis" : "work.analyses",
                        "presenters", running(new ArrayList<>(presenters)), "group", group, "symbols", Lists.join(symbols)));
            }
            work(ids, text.toString());
        }

        private String sessions(Set<Integer> numbers) {
            List<String> words = numbers.stream().map(Ordinals::lower).toList();
            return fill(numbers.size() == 1 ? "sessions.one" : "sessions.many", "ordinals", Lists.join(words));
        }

        private void statements() {
            List<String> ids = new ArrayList<>();
            TreeSet<Integer> sessions = new TreeSet<>();
            LinkedHashSet<Speakers> by = new LinkedHashSet<>();
            for (EffectiveAction a : actions) {
                if (a.facts() instanceof StatementsDelivered s) {
                    ids.addAll(a.eventIds());
                    by.addAll(s.by());
                    if (s.moment().plenarySession() != null) {
                        sessions.add(s.moment().plenarySession());
                    }
                }
            }
            work(ids, fill("work.statements", "at", sessions.isEmpty() ? "" : fill("work.atSessions", "sessions", sessions(sessions)),
                    "by", Lists.join(by.stream().map(s -> t.raw("speakers." + s.name())).toList())));
        }

        private void reviewed(EffectiveAction action, ImplementationReviewed r) {
            AgendaItem item = agenda.get(r.itemNumber());
            String title = item == null ? "" : item.title();
            String prefix = t.raw("agenda.considerationPrefix");
            if (title.startsWith(prefix)) {
                title = title.substring(prefix.length());
            }
            TreeSet<Integer> sessions = workSessionsByItem.getOrDefault(r.itemNumber(), new TreeSet<>());
            String text = fill("work.reviewed", "at", sessions.isEmpty() ? "" : fill("work.atSessionsNoComma", "sessions", sessions(sessions)), "item", title,
                    "plan", plan(), "symbol", r.progressReport(), "title", titleOf(r.progressReport()));
            currentItem = r.itemNumber();
            work(action.eventIds(), text);
        }

        private int reported(int i, WorkReported w) {
            List<String> ids = new ArrayList<>(actions.get(i).eventIds());
            String subjectName = w.topic().name();
            StringBuilder text = new StringBuilder(contextOpening(", "));
            String actionsText = w.actions() == null ? "" : actionRange(w.actions().from(), w.actions().to());
            if (w.actions() != null && w.coordinators() == null && w.reporter() == null) {
                text.append(fill("work.consideredWithActions", "name", subjectName, "actions", actionsText, "plan", plan()));
            } else {
                text.append(fill("work.considered." + w.topic().kind().name(), "name", subjectName, "article", w.article(),
                        "further", subjectName == null ? "" : fill("work.considered.further", "name", subjectName)));
            }
            String submitted = "";
            if (w.submitted() != null) {
                for (String symbol : w.submitted()) {
                    submitted += fill("work.submitted", "title", titleOf(symbol), "symbol", symbol);
                }
            }
            String actionsPart = w.actions() == null || (w.coordinators() == null && w.reporter() == null) ? ""
                    : fill("work.actions", "actions", actionsText, "plan", plan());
            String scope = w.scope() == null ? "" : ", " + expand(w.scope(), List.of(), List.of());
            String activities = w.activities() != null ? expand(w.activities(), List.of(), List.of())
                    : w.article() != null ? fill(w.obligations() != null ? "work.activities.obligations" : "work.activities.article",
                    "obligations", w.obligations(), "article", w.article()) : "";
            if (w.coordinators() != null && !w.coordinators().isEmpty()) {
                boolean one = w.coordinators().size() == 1;
                String reporters = w.speakingState() != null && !one
                        ? fill("work.onBehalfOf", "speaker", States.runningName(w.speakingState()), "coordinators", running(w.coordinators()))
                        : running(w.coordinators());
                String kind = w.topic().kind().name();
                String capacity = w.capacity() != null ? expand(w.capacity(), List.of(), List.of())
                        : fill("work.capacity." + kind + (one ? ".one" : ""), "name", subjectName);
                appendSentence(text, fill("work.reported", "reporters", reporters, "pronoun", one ? "its" : "their",
                        "capacity", capacity, "activities", activities, "actions", actionsPart, "scope", scope,
                        "submitted", submitted));
            } else if (w.reporter() != null) {
                appendSentence(text, fill("work.reportedByPerson", "reporters", personWithPosition(w.reporter()),
                        "activities", activities, "actions", actionsPart, "scope", scope, "submitted", submitted));
            }
            int j = i + 1;
            while (j < actions.size() && actions.get(j).facts() instanceof DocumentConsidered d) {
                appendSentence(text, documentConsidered(d));
                ids.addAll(actions.get(j).eventIds());
                j++;
            }
            if (w.updatesBy() != null && !w.updatesBy().isEmpty()) {
                List<String> who = new ArrayList<>();
                for (WorkReported.Updater u : w.updatesBy()) {
                    String kind = t.raw("updaters." + u.who().name());
                    who.add(u.qualifier() == null ? kind : kind + " " + expand(u.qualifier(), List.of(), List.of()));
                }
                String by = who.size() == 1 ? who.get(0)
                        : String.join(", ", who.subList(0, who.size() - 1)) + t.raw("updaters.last") + who.get(who.size() - 1);
                appendSentence(text, w.updatesOn() != null
                        ? fill("work.updates", "on", expand(w.updatesOn(), List.of(), List.of()), "by", by)
                        : fill("work.updatesBy", "by", by));
            }
            work(ids, text.toString());
            return j - 1;
        }

        private String documentConsidered(DocumentConsidered d) {
            DocumentSubmitted doc = documents.get(d.symbol());
            String note = "";
            if (d.coSubmitters() != null) {
                List<String> names = new ArrayList<>();
                if (d.coSubmitters().states() != null) {
                    d.coSubmitters().states().forEach(s -> names.add(States.shortName(s)));
                }
                if (d.coSubmitters().organisations() != null) {
                    names.addAll(d.coSubmitters().organisations());
                }
                note = footnote(fill("footnote.submittedBy", "list", Lists.join(names)), null, null);
            }
            String key = doc != null && doc.kind() == DocumentKind.WORKING_PAPER
                    ? (d.withRecommendations() ? "work.workingPaper.recommendations" : "work.workingPaper")
                    : "work.document";
            String by = d.submittedBy() != null ? d.submittedBy() : doc != null ? doc.submittedBy() : "";
            return fill(key, "title", titleOf(d.symbol()), "by", by, "note", note, "symbol", d.symbol());
        }

        private void compliance(EffectiveAction action, ComplianceDeclared c) {
            String context = contextOpening("");
            if (context.isEmpty()) {
                context = t.raw("decision.subject");
            }
            String key = c.pursuantToAction() != null ? "work.compliance" : "work.compliance.noAction";
            work(action.eventIds(), fill(key, "context", context, "action", String.valueOf(c.pursuantToAction()), "plan", plan(),
                    "article", c.article(), "states", running(c.states()), "count", Numbers.words(c.states().size())));
        }

        /** "Also in the context of its consideration of X" plus {@code after}, or nothing when the item names no subject. */
        private String contextOpening(String after) {
            AgendaItem item = currentItem == null ? null : agenda.get(currentItem);
            if (item == null || item.subject() == null) {
                return "";
            }
            String key = Objects.equals(previousParagraphItem, currentItem) ? "context.also" : "context.first";
            return fill(key, "subject", item.subject()) + after;
        }

        // ---- decisions ------------------------------------------------------------------------------------

        private void decision(EffectiveAction action, DecisionAdopted d) {
            String opening = d.citesAgendaItem() ? contextOpening("") : "";
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < d.sentences().size(); s++) {
                appendSentence(text, sentence(d.sentences().get(s), s == 0 ? opening : ""));
            }
            decide(action.eventIds(), text.toString());
        }

        private String sentence(Sentence s, String opening) {
            List<String> states = s.states() == null ? List.of() : s.states();
            List<Note> sentenceNotes = s.notes() == null ? List.of() : s.notes();
            StringBuilder out = new StringBuilder();
            String lead = s.lead() == null ? "" : expand(s.lead(), states, sentenceNotes);
            if (!opening.isEmpty()) {
                out.append(opening);
                if (!lead.isEmpty()) {
                    out.append(lead.startsWith(",") ? "" : " ").append(lead);
                }
                out.append(", ");
            } else if (!lead.isEmpty()) {
                out.append(lead).append(", ");
            }
            String subject = s.subject() == null ? t.raw("decision.subject") : expand(s.subject(), states, sentenceNotes);
            out.append(subject);
            if (s.adverb() != null && !s.adverb().isBlank()) {
                out.append(subject.isEmpty() ? "" : " ").append(s.adverb());
            }
            List<Clause> clauses = s.clauses();
            for (int c = 0; c < clauses.size(); c++) {
                Clause clause = clauses.get(c);
                String connector = clause.connector() != null ? clause.connector()
                        : c == 0 ? (out.length() == 0 ? "" : " ") : (c == clauses.size() - 1 ? " and " : ", ");
                out.append(connector);
                String verb = clause.verb() == null ? "" : verb(clause);
                String body = clause.text() == null ? "" : expand(clause.text(), states, sentenceNotes);
                out.append(verb);
                if (!verb.isEmpty() && !body.isEmpty() && !body.startsWith(",")) {
                    out.append(' ');
                }
                out.append(body);
            }
            return capitalise(out.toString().replaceAll("\\s+", " ").replace(" ,", ",").trim()) + ".";
        }

        private String verb(Clause clause) {
            String key = "verb." + clause.verb().name() + (clause.tense() == Tense.PRESENT ? ".present" : "");
            return t.has(key) ? t.raw(key) : clause.verb().name().toLowerCase().replace('_', ' ');
        }

        private String expand(String text, List<String> states, List<Note> sentenceNotes) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement;
                if (m.group(1).equals("states")) {
                    replacement = running(states);
                } else if (m.group(2) != null) {
                    replacement = States.runningName(m.group(2).toUpperCase());
                } else if (m.group(3) != null) {
                    replacement = States.shortName(m.group(3).toUpperCase());
                } else if (m.group(4) != null) {
                    int index = Integer.parseInt(m.group(4)) - 1;
                    replacement = index >= 0 && index < sentenceNotes.size() ? note(sentenceNotes.get(index)) : "";
                } else if (m.group(5) != null) {
                    replacement = titleOf(m.group(5).trim());
                } else if (m.group(6) != null) {
                    MeetingRef.Kind kind = m.group(6).equalsIgnoreCase("rc") ? MeetingRef.Kind.REVIEW_CONFERENCE
                            : MeetingRef.Kind.MEETING_OF_STATES_PARTIES;
                    replacement = meetingRef(new MeetingRef(kind, Integer.parseInt(m.group(7))), Character.isUpperCase(m.group(6).charAt(0)));
                } else if (m.group(1).equals("plan")) {
                    replacement = plan();
                } else if (m.group(1).equals("convention")) {
                    replacement = convened.convention().name();
                } else if (m.group(8) != null) {
                    replacement = organisationName(m.group(8).trim());
                } else {
                    replacement = Dates.day(LocalDate.parse(m.group(9)));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        private void extensionIntro(EffectiveAction first) {
            String group = analyses.isEmpty() ? "" : ((AnalysisPresented) analyses.get(0).facts()).onBehalfOf();
            String article = requests.isEmpty() ? ((ExtensionRequestGranted) first.facts()).article()
                    : ((ExtensionRequestPresented) requests.get(0).facts()).article();
            String context = contextOpening("");
            decide(first.eventIds(), fill("extension.intro", "context", context.isEmpty() ? "" : context, "group", group,
                    "article", article));
        }

        private void extension(EffectiveAction action, ExtensionRequestGranted g) {
            List<String> ids = action.eventIds();
            section4.add(new SubHeading(States.name(g.state())));
            String state = States.shortName(g.state());
            String base = g.article().contains(".") ? g.article().substring(0, g.article().indexOf('.')) : g.article();
            decide(ids, fill("extension.granted", "state", state,
                    "deadline", t.has("extension.deadline." + base) ? t.raw("extension.deadline." + base) : "",
                    "article", g.article(), "period", Numbers.count(g.years(), "year", "years"),
                    "date", Dates.day(g.newDeadline())));
            if (g.observations() != null) {
                for (ExtensionRequestGranted.Observation o : g.observations()) {
                    StringBuilder text = new StringBuilder();
                    List<Sentence> sentences = o.sentences() == null ? List.of() : o.sentences();
                    for (int s = 0; s < sentences.size(); s++) {
                        String opening = s == 0 && o.inGranting() ? t.raw("extension.inGranting") : "";
                        appendSentence(text, sentence(sentences.get(s), opening));
                    }
                    decide(ids, text.toString());
                }
            }
            if (g.reporting() != null && g.reporting().items() != null && !g.reporting().items().isEmpty()) {
                List<String> items = new ArrayList<>();
                List<String> raw = g.reporting().items();
                for (int k = 0; k < raw.size(); k++) {
                    items.add(capitalise(expand(raw.get(k), List.of(g.state()), List.of())) + (k == raw.size() - 1 ? "." : ";"));
                }
                decide(ids, fill(g.reporting().annually() ? "extension.reporting.annually" : "extension.reporting",
                        "state", state), items, true);
            }
            if (g.keepApprised()) {
                decide(ids, fill("extension.apprised", "state", state, "article", g.article()));
            }
        }

        private void workingGroups(EffectiveAction action, WorkingGroupCoordinatorsAppointed w) {
            List<String> items = new ArrayList<>();
            for (int k = 0; k < w.groups().size(); k++) {
                WorkingGroupCoordinatorsAppointed.Group group = w.groups().get(k);
                List<String> seats = new ArrayList<>();
                for (Seat seat : group.seats()) {
                    String who = seat.toBeNominated()
                            ? fill("coordinators.tbc", "note", footnote(t.raw("coordinators.tbcNote"), null, null))
                            : States.runningName(seat.state());
                    seats.add(fill("coordinators.seat", "state", who, "until", meetingRef(seat.term().until(), false)));
                }
                items.add(fill("coordinators.group", "name", group.name(), "seats", String.join(t.raw("coordinators.join"), seats))
                        + (k == w.groups().size() - 1 ? "." : ";"));
            }
            Integer session = w.moment().plenarySession();
            String at = session == null ? "" : fill("coordinators.atSession", "ordinal", Ordinals.lower(session));
            previousSession = session;
            decide(action.eventIds(), fill("coordinators.workingGroups", "at", at), items, true);
        }

        private void thematic(EffectiveAction action, ThematicCoordinatorsAppointed a) {
            List<String> items = new ArrayList<>();
            for (ThematicCoordinatorsAppointed.Area area : a.areas()) {
                items.add(fill("coordinators.area", "name", area.name(), "states", running(area.states())));
            }
            Integer session = a.moment().plenarySession();
            String at = session == null ? ""
                    : Objects.equals(previousSession, session) ? t.raw("coordinators.sameSession")
                    : fill("coordinators.atSession", "ordinal", Ordinals.lower(session));
            previousSession = session;
            decide(action.eventIds(), fill("coordinators.thematic", "at", at), items, false);
        }

        private void nextPresident(EffectiveAction action, NextPresidentElected n) {
            StringBuilder text = new StringBuilder(fill("officers.nextPresident", "person", personWithPosition(n.president()),
                    "meeting", meetingRef(n.of(), false), "year", n.year() == null ? "" : String.valueOf(n.year())));
            if (n.termDecidedBy() != null) {
                appendSentence(text, fill("officers.nextPresidentTerm", "decidedBy", n.termDecidedBy(),
                        "pronoun", pronoun(n.president()), "current", runningTitle(), "meeting", meetingRef(n.of(), false)));
            }
            decide(action.eventIds(), text.toString());
        }

        private int nextMeeting(int i, NextMeetingScheduled n) {
            List<String> ids = new ArrayList<>(actions.get(i).eventIds());
            String when = n.weekOf() != null ? fill("next.weekOf", "date", Dates.day(n.weekOf()))
                    : n.startsOn() != null ? fill("next.dates", "dates", Dates.range(n.startsOn(), n.endsOn())) : "";
            String costs = "";
            if (i + 1 < actions.size() && actions.get(i + 1).facts() instanceof EstimatedCostsAdopted c && c.meeting().equals(n.meeting())) {
                costs = costs(c);
                ids.addAll(actions.get(i + 1).eventIds());
                i++;
            }
            decide(ids, fill("next.meeting", "meeting", meetingRef(n.meeting(), false), "when", when, "city", n.city(), "costs", costs));
            return i;
        }

        private int presidency(int i, ReviewConferencePresidencyDecided r) {
            List<String> ids = new ArrayList<>(actions.get(i).eventIds());
            String costs = "";
            if (i + 1 < actions.size() && actions.get(i + 1).facts() instanceof EstimatedCostsAdopted c && c.meeting().equals(r.conference())) {
                costs = costs(c);
                ids.addAll(actions.get(i + 1).eventIds());
                i++;
            }
            decide(ids, fill("next.presidency", "conference", meetingRef(r.conference(), true),
                    "year", r.year() == null ? "" : String.valueOf(r.year()), "state", States.runningName(r.state()), "costs", costs));
            return i;
        }

        private String costs(EstimatedCostsAdopted c) {
            String revised = c.revised() ? t.raw("next.revised") : "";
            if (c.basis() != null) {
                String basis = expand(c.basis(), List.of(), c.basisNote() == null ? List.of() : List.of(c.basisNote()));
                return fill("next.costsWithBasis", "basis", basis, "revised", revised, "meeting", meetingRef(c.meeting(), true),
                        "symbol", c.documentSymbol());
            }
            return fill("next.costs", "revised", revised, "meeting", meetingRef(c.meeting(), true), "symbol", c.documentSymbol());
        }

        private void annexParagraph(List<String> ids) {
            List<String> documentIds = new ArrayList<>(ids);
            for (EffectiveAction a : actions) {
                if (a.facts() instanceof DocumentSubmitted || a.facts() instanceof DocumentWithdrawn) {
                    documentIds.addAll(a.eventIds());
                }
            }
            decide(documentIds, fill("annex.paragraph"));
        }

        // ---- paragraphs -----------------------------------------------------------------------------------

        private void work(EffectiveAction action, String text) {
            work(action.eventIds(), text);
        }

        private void work(List<String> ids, String text) {
            section3.add(para(text, ids));
            previousParagraphItem = currentItem;
        }

        private void decide(List<String> ids, String text) {
            decide(ids, text, List.of(), false);
        }

        private void decide(List<String> ids, String text, List<String> items, boolean lettered) {
            section4.add(para(text, ids, items, lettered));
            previousParagraphItem = currentItem;
        }

        private Draft.Para para(String text, List<String> ids) {
            return para(text, ids, List.of(), false);
        }

        private Draft.Para para(String text, List<String> ids, List<String> items, boolean lettered) {
            return new Para(capitalise(text.replaceAll("\\s+", " ").trim()), items, lettered, List.copyOf(new LinkedHashSet<>(ids)));
        }

        private record DraftSection(String number, String title, List<Object> blocks) {
        }

        /** A paragraph before numbering, with footnote marks still in its text. */
        private record Para(String text, List<String> items, boolean lettered, List<String> eventIds) {
        }

        // ---- footnotes ------------------------------------------------------------------------------------

        private String note(DocumentReference reference) {
            if (reference == null) {
                return "";
            }
            return footnote(null, reference.symbol(), reference);
        }

        private String note(Note n) {
            if (n.reference() != null) {
                return note(n.reference());
            }
            List<String> names = new ArrayList<>();
            if (n.states() != null) {
                n.states().forEach(s -> names.add(States.name(s)));
            }
            if (n.organisations() != null) {
                names.addAll(n.organisations());
            }
            return footnote(fill("footnote.states", "list", Lists.join(names)), null, null);
        }

        /** Registers a footnote (text, or a document reference written out at numbering) and returns its mark. */
        private String footnote(String text, String symbol, DocumentReference reference) {
            int index = notes.size();
            if (reference != null) {
                String key = reference.pinpoint() != null ? "footnote.reference"
                        : reference.description() != null ? "footnote.referenceDescribed" : "footnote.referenceBare";
                notes.add(fill(key, "symbol", reference.symbol(), "pinpoint", reference.pinpoint(), "description", reference.description()));
                notePinpoints.add(reference.pinpoint());
            } else {
                notes.add(text);
                notePinpoints.add(null);
            }
            noteSymbols.add(symbol);
            return "" + NOTE_OPEN + index + NOTE_CLOSE;
        }

        private ReportDocument finish(List<DraftSection> drafts) {
            List<Footnote> footnotes = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            int[] paragraph = {0};
            String[] lastSymbol = {null};
            Function<String, List<Inline>> inline = text -> {
                List<Inline> out = new ArrayList<>();
                Matcher m = NOTE_MARK.matcher(text);
                int from = 0;
                while (m.find()) {
                    if (m.start() > from) {
                        out.add(new Text(text.substring(from, m.start())));
                    }
                    int index = Integer.parseInt(m.group(1));
                    String symbol = noteSymbols.get(index);
                    String noteText = notes.get(index);
                    if (symbol != null && symbol.equals(lastSymbol[0])) {
                        String pinpoint = notePinpoints.get(index);
                        noteText = pinpoint == null ? t.raw("footnote.ibidBare") : fill("footnote.ibid", "pinpoint", pinpoint);
                    }
                    lastSymbol[0] = symbol;
                    int number = footnotes.size() + 1;
                    footnotes.add(new Footnote(number, noteText));
                    out.add(new FootnoteRef(number));
                    from = m.end();
                }
                if (from < text.length()) {
                    out.add(new Text(text.substring(from)));
                }
                return out;
            };
            for (DraftSection section : drafts) {
                List<Block> blocks = new ArrayList<>();
                for (Object block : section.blocks()) {
                    if (block instanceof Para p) {
                        List<Inline> text = inline.apply(p.text());
                        List<Item> items = new ArrayList<>();
                        for (int k = 0; k < p.items().size(); k++) {
                            String label = p.lettered() ? "(" + (char) ('a' + k) + ")" : null;
                            items.add(new Item(label, inline.apply(p.items().get(k))));
                        }
                        blocks.add(new Paragraph(++paragraph[0], text, items, p.lettered(), p.eventIds()));
                    } else {
                        blocks.add((Block) block);
                    }
                }
                sections.add(new Section(section.number(), section.title(), blocks));
            }
            return new ReportDocument(header(), sections, footnotes, annex());
        }

        // ---- header and annex -----------------------------------------------------------------------------

        private Header header() {
            String issued = finalReport != null && finalReport.issuedOn() != null ? Dates.day(finalReport.issuedOn()) : "";
            String place = convened.venue().city() + ", " + Dates.compactRange(convened.startsOn(), convened.endsOn());
            return new Header(convened.convention().name(), issued, t.raw("header.language"), meetingTitle(), place,
                    t.raw("header.title"), finalReport == null ? "" : finalReport.symbol(), t.raw("header.titleNote"));
        }

        private Annex annex() {
            List<AnnexEntry> entries = new ArrayList<>();
            for (DocumentSubmitted d : documents.values()) {
                String title;
                if (withdrawn.contains(d.symbol())) {
                    title = t.raw("annex.withdrawn");
                } else if (d.submittedBy() != null && !d.submittedBy().isBlank()) {
                    String key = t.has("annex.submitted." + d.kind().name()) ? "annex.submitted." + d.kind().name() : "annex.submitted";
                    title = fill(key, "title", d.title(), "by", d.submittedBy());
                } else {
                    title = d.title();
                }
                entries.add(new AnnexEntry(d.symbol(), title));
            }
            return new Annex(fill("annex.title", "ordinal", Ordinals.word(convened.ordinal()),
                    "convention", convened.convention().name()), entries);
        }

        // ---- words ----------------------------------------------------------------------------------------

        private Map<String, String> defaults;

        private String fill(String key, String... pairs) {
            if (defaults == null && convened != null) {
                defaults = Map.of("meetingTitle", meetingTitle(), "meeting", runningTitle(),
                        "ordinal", Ordinals.word(convened.ordinal()), "convention", convened.convention().name());
            }
            Map<String, String> values = new HashMap<>(defaults == null ? Map.of() : defaults);
            for (int k = 0; k + 1 < pairs.length; k += 2) {
                values.put(pairs[k], pairs[k + 1]);
            }
            return t.fill(key, values);
        }

        private String meetingTitle() {
            return t.fill("meeting.title", Map.of("ordinal", Ordinals.word(convened.ordinal()), "kind", convened.meetingKind()));
        }

        private String runningTitle() {
            return t.fill("meeting.running", Map.of("ordinal", Ordinals.word(convened.ordinal())));
        }

        private String meetingRef(MeetingRef ref, boolean full) {
            return t.fill("meeting." + ref.kind().name() + (full ? ".full" : ""), Map.of("ordinal", Ordinals.word(ref.ordinal())));
        }

        private String plan() {
            return convened.convention().actionPlan() == null ? "" : convened.convention().actionPlan();
        }

        private String actionRange(int from, int to) {
            String key = from == to ? "actions.one" : to == from + 1 ? "actions.two" : "actions.range";
            return fill(key, "from", String.valueOf(from), "to", String.valueOf(to));
        }

        private String titleOf(String symbol) {
            DocumentSubmitted d = documents.get(symbol);
            return d == null ? symbol : d.title();
        }

        private static String running(List<String> codes) {
            return Lists.join(codes.stream().map(States::runningName).toList());
        }

        private String organisationName(String key) {
            for (LinkedHashMap<String, Organisation> orgs : organisations.values()) {
                if (orgs.containsKey(key)) {
                    return orgs.get(key).name();
                }
            }
            return key;
        }

        private static String organisation(Organisation o) {
            return o.acronym() == null || o.acronym().isBlank() || o.acronym().equals(o.name())
                    ? o.name() : o.name() + " (" + o.acronym() + ")";
        }

        private String personOf(Person p) {
            String name = join(" ", p.honorific(), p.name());
            return p.state() == null ? name : fill("person.ofState", "person", name, "state", States.runningName(p.state()));
        }

        private String personWithPosition(Person p) {
            String name = join(" ", p.honorific(), p.name());
            String position = p.position() == null ? "" : p.position();
            if (p.organisation() != null && !p.organisation().isBlank()) {
                position = fill("person.positionOf", "position", position, "organisation", p.organisation());
            }
            return position.isBlank() ? name : name + ", " + position;
        }

        private static String pronoun(Person p) {
            return p.pronoun() == null ? "their" : p.pronoun();
        }

        private static String join(String separator, String... parts) {
            List<String> kept = new ArrayList<>();
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    kept.add(part.trim());
                }
            }
            return String.join(separator, kept);
        }

        private static void appendSentence(StringBuilder text, String sentence) {
            if (sentence == null || sentence.isBlank()) {
                return;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(capitalise(sentence.trim()));
        }

        private static String capitalise(String s) {
            if (s == null || s.isEmpty()) {
                return s;
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
