package org.rapporteur.query.report.facts;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.profiles.ReportFact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What a meeting's events say, gathered once and read by every composer: who convened it and how, its documents,
 * agenda, plenary sessions and participants, and every occurrence the report states, in meeting order
 * (date and plenary session; as logged where those are the same); and the meeting's glossary: by language, each
 * text as recorded with its rendering, the last recorded ({@code texts-translated}).
 */
public record MeetingFacts(
        MeetingConvened convened, List<String> convenedIds,
        PresidentDesignated president, List<String> presidentIds,
        MeetingDatesChanged datesChanged, List<String> datesChangedIds,
        Map<DocumentSymbol, DocumentSubmitted> documents, Set<DocumentSymbol> withdrawn, List<String> documentEventIds,
        Map<AgendaItemNumber, AgendaItem> agenda,
        SortedMap<Integer, LocalDate> sessionDates, List<String> sessionIds,
        Map<ParticipantCategory, Participants> participants,
        ReportAdopted finalReport,
        Map<AgendaItemNumber, SortedSet<Integer>> workSessionsByItem,
        List<Occurrence> occurrences,
        Map<String, org.rapporteur.events.membership.ParticipationCategory> addedCategories,
        Map<ReportFact, List<Occurrence>> byKind, Map<Occurrence, Integer> index,
        Map<String, Map<String, String>> renderings) {

    /** One category's participants as they stand: States (ISO codes) and organisations, and the events that made the list. */
    public record Participants(List<String> states, List<Organisation> organisations, List<String> eventIds) {
    }

    public boolean convenedAtAll() {
        return convened != null;
    }

    /** The occurrences of {@code kind}, in meeting order. */
    public List<Occurrence> of(ReportFact kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Where {@code o} stands in {@link #occurrences()}. */
    public int indexOf(Occurrence o) {
        return index.get(o);
    }

    public Optional<DocumentSubmitted> document(DocumentSymbol symbol) {
        return Optional.ofNullable(documents.get(symbol));
    }

    /** A document's title, or its symbol when it was not submitted. */
    public String titleOf(DocumentSymbol symbol) {
        DocumentSubmitted d = documents.get(symbol);
        return d == null ? symbol.text() : d.title();
    }

    /** The title of a document named in text (a mark, what a statement or vote is on), or that text. */
    public String titleOf(String symbol) {
        return symbol == null ? null : titleOf(DocumentSymbol.of(symbol));
    }

    public String profileId() {
        return convened == null || convened.profile() == null ? null : convened.profile();
    }
}
