package org.rapporteur.query.console;

import jakarta.servlet.http.HttpServletRequest;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RecordedAfterClosing;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.UnknownMeetingException;
import org.rapporteur.query.report.GeneratedReport;
import org.rapporteur.query.report.drafts.ReportService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the console's pages share: a meeting's history and draft (from the query side's report service), the
 * context its forms open in, the kinds of action offered (grouped and with shortcuts, as described), and recording.
 */
@Component
@Lazy
@ConditionalOnWebApplication
class ConsoleDesk {

    private static final Set<Class<?>> NOT_A_FORM = Set.of(MeetingConvened.class, ActionCorrected.class, ActionWithdrawn.class);

    /** A kind of action as the "Record" list offers it. */
    record KindChoice(String kind, String title, String shortcut) {
    }

    private final MeetingHistoryLoader histories;
    private final ReportService reports;
    private final ActionForms forms;
    private final ObjectProvider<ConsoleCommands> commands;
    private final RecordedOnce once;
    private final Clock clock = Clock.systemDefaultZone();

    ConsoleDesk(MeetingHistoryLoader histories, ReportService reports, ActionForms forms,
                ObjectProvider<ConsoleCommands> commands, RecordedOnce once) {
        this.histories = histories;
        this.reports = reports;
        this.forms = forms;
        this.commands = commands;
        this.once = once;
    }

    MeetingHistory history(String meetingId) {
        MeetingHistory history = histories.load(meetingId);
        if (history.events().isEmpty()) {
            throw new UnknownMeetingException(meetingId);
        }
        return history;
    }

    FormContext context(MeetingHistory history, MeetingBoard board) {
        return FormContexts.of(history, board, clock);
    }

    FormContext noMeeting() {
        return FormContexts.none(clock);
    }

    /** The draft as the report service has it, now or as of an event; one that cannot be made says why. */
    ReportPreview preview(String meetingId, Long asOf) {
        try {
            Optional<GeneratedReport> report = asOf == null ? reports.current(meetingId) : reports.asOfSequence(meetingId, asOf);
            return report.map(r -> ReportPreview.of(r.document()))
                    .orElseGet(() -> ReportPreview.unavailable("No draft yet: the meeting has not been convened."));
        } catch (RuntimeException e) {
            return ReportPreview.unavailable("The draft report cannot be made yet: " + e.getMessage());
        }
    }

    Class<? extends MeetingEvent> type(String kind) {
        Class<? extends MeetingEvent> type = kind == null ? null : Actions.byName(kind).orElse(null);
        if (type == null || NOT_A_FORM.contains(type)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown kind of action: " + kind);
        }
        return type;
    }

    /** The kinds of action a meeting's body records ({@link #kinds(MeetingHistory, boolean)}), as it stands now. */
    Map<String, List<KindChoice>> kinds(MeetingHistory history) {
        return kinds(history, MeetingBoard.closed(history));
    }

    /**
     * The kinds of action a meeting's body records, grouped as the form descriptions group them (undescribed ones
     * last): a kind offered only when a report states its fact is left out for a body whose profile's report does not
     * state it (every kind when the meeting's profile is not known); once the meeting has {@code closed}, only what a
     * closed meeting still records.
     */
    Map<String, List<KindChoice>> kinds(MeetingHistory history, boolean closed) {
        java.util.Set<String> reported = BodyTerms.reportedFacts(history).orElse(null);
        Map<String, List<KindChoice>> families = new LinkedHashMap<>();
        forms.descriptions().families().forEach(f -> families.put(f, new ArrayList<>()));
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            if (NOT_A_FORM.contains(type) || closed && !RecordedAfterClosing.class.isAssignableFrom(type)) {
                continue;
            }
            String kind = Actions.name(type);
            FormDescriptions.Kind described = forms.descriptions().kind(kind);
            if (reported != null && described.offeredWhenReported() != null
                    && !reported.contains(described.offeredWhenReported())) {
                continue;
            }
            String family = described.family() != null ? described.family() : "Other actions";
            families.computeIfAbsent(family, f -> new ArrayList<>())
                    .add(new KindChoice(kind, forms.title(kind), described.shortcut()));
        }
        families.values().removeIf(List::isEmpty);
        return families;
    }

    /** Those of the {@code kinds} offered that have a keyboard shortcut, in the order offered. */
    static List<KindChoice> shortcuts(Map<String, List<KindChoice>> kinds) {
        return kinds.values().stream().flatMap(List::stream).filter(k -> k.shortcut() != null).toList();
    }

    ActionForm actionForm(String meetingId, Class<? extends MeetingEvent> type, List<FormField> fields, String problem,
                          String commandId, String recorded) {
        String kind = Actions.name(type);
        return new ActionForm(kind, forms.title(kind), "/console/meetings/" + meetingId + "/actions",
                commandId == null ? newCommandId() : commandId, fields, problem, recorded, ActionForm.PANEL, "Record");
    }

    EffectiveAction effective(MeetingHistory history, String eventId) {
        return history.effectiveActions().stream().filter(a -> a.original().eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new UnknownMeetingException(history.meetingId() + " event " + eventId));
    }

    ConsoleCommands recorder() {
        ConsoleCommands recorder = commands.getIfAvailable();
        if (recorder == null) {
            throw new ConsoleCommands.Rejected("This console can only read: it has no command side to record with"
                    + " (set rapporteur.console.command-side-url).");
        }
        return recorder;
    }

    RecordedOnce once() {
        return once;
    }

    static String commandId(HttpServletRequest request) {
        String commandId = request.getParameter("commandId");
        return commandId == null || commandId.isBlank() ? newCommandId() : commandId;
    }

    static String newCommandId() {
        return UUID.randomUUID().toString();
    }

    static Map<String, String> problems(ConsoleCommands.Rejected rejected) {
        Map<String, String> problems = new HashMap<>();
        rejected.fieldProblems().forEach(p -> problems.merge(p.field() == null ? "" : p.field(),
                Messages.capital(p.message()), (a, b) -> a + " " + b));
        return problems;
    }

    /** The form's problem after a refusal: the refusal's message and whatever fitted no field. */
    static String message(ConsoleCommands.Rejected rejected, ActionForms.Reading<?> marked) {
        String message = rejected.getMessage() == null ? null : Messages.capital(rejected.getMessage());
        if (marked.problem() == null) {
            return message != null ? message : "Not recorded: see the fields marked below.";
        }
        return message == null ? marked.problem() : message + " " + marked.problem();
    }
}
