package org.rapporteur.query.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapporteur.events.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.http.UnknownMeetingException;
import org.rapporteur.query.meetings.MeetingDirectoryProjection;
import org.rapporteur.query.report.ReportGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The secretariat console: pages and the htmx fragments they refresh. */
@Controller
@RequestMapping("/console")
@ConditionalOnWebApplication
class ConsoleController {

    private static final Pattern MEETING_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Set<Class<?>> NOT_A_QUICK_FORM = Set.of(MeetingConvened.class, ActionCorrected.class, ActionWithdrawn.class);
    static final String CHANGED = "meeting-changed";
    /** The kind of action a form records; not "kind", which some facts use (a document's kind). */
    static final String KIND = "_kind";

    private final MeetingDirectoryProjection directory;
    private final MeetingHistoryLoader histories;
    private final ActionForms forms;
    private final ObjectProvider<ConsoleCommands> commands;
    private final RecordedOnce once;
    private final ConsoleLive live;
    private final ReportFormats reportFormats;
    private final ReportGenerator report = new ReportGenerator();
    private final Clock clock = Clock.systemDefaultZone();

    ConsoleController(MeetingDirectoryProjection directory, MeetingHistoryLoader histories, ActionForms forms,
                      ObjectProvider<ConsoleCommands> commands, RecordedOnce once, ConsoleLive live,
                      ReportFormats reportFormats) {
        this.directory = directory;
        this.histories = histories;
        this.forms = forms;
        this.commands = commands;
        this.once = once;
        this.live = live;
        this.reportFormats = reportFormats;
    }

    // ---- meetings

    @GetMapping
    String meetings(Model model) {
        model.addAttribute("meetings", directory.all());
        model.addAttribute("form", conveneForm(conveneFields(), null, null));
        return "console/meetings";
    }

    @PostMapping("/meetings")
    String convene(HttpServletRequest request, HttpServletResponse response, Model model) {
        String commandId = commandId(request);
        String meetingId = request.getParameter("id") == null ? "" : request.getParameter("id").trim();
        ActionForms.Reading<MeetingConvened> reading = forms.read(MeetingConvened.class, request.getParameterMap(), emptyContext());
        List<FormField> fields = new ArrayList<>();
        FormField id = idField().with(meetingId, Set.of(meetingId));
        if (!MEETING_ID.matcher(meetingId).matches()) {
            id = id.withError("required: lower-case letters, digits and dashes, such as ccm-12msp");
        }
        fields.add(id);
        fields.addAll(reading.fields());
        if (!reading.valid() || id.error() != null) {
            model.addAttribute("form", conveneForm(fields, reading.problem(), commandId));
            return "console/fragments :: action-form";
        }
        try {
            once.record(commandId, () -> recorder().convene(meetingId, commandId, reading.value()));
        } catch (ConsoleCommands.Rejected rejected) {
            ActionForms.Reading<MeetingConvened> marked = forms.problems(fields, problems(rejected));
            model.addAttribute("form", conveneForm(marked.fields(), rejected.getMessage(), commandId));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Redirect", request.getContextPath() + "/console/meetings/" + meetingId);
        model.addAttribute("form", conveneForm(conveneFields(), null, null));
        return "console/fragments :: action-form";
    }

    // ---- one meeting, live

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable String meetingId, @RequestParam(required = false) String kind, Model model) {
        MeetingHistory history = history(meetingId);
        MeetingBoard board = MeetingBoard.of(history);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("board", board);
        model.addAttribute("kinds", kinds());
        String chosen = kind != null ? kind : board.agenda().isEmpty() ? "agenda-adopted" : "plenary-session-opened";
        model.addAttribute("form", actionForm(meetingId, type(chosen), board, null, null, null));
        model.addAttribute("report", preview(history));
        model.addAttribute("timeline", TimelineLine.of(history));
        model.addAttribute("formats", reportFormats.formats());
        return "console/meeting";
    }

    @GetMapping("/meetings/{meetingId}/form")
    String form(@PathVariable String meetingId, @RequestParam String kind, Model model) {
        MeetingBoard board = MeetingBoard.of(history(meetingId));
        model.addAttribute("form", actionForm(meetingId, type(kind), board, null, null, null));
        return "console/fragments :: action-form";
    }

    @PostMapping("/meetings/{meetingId}/actions")
    String record(@PathVariable String meetingId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Class<? extends MeetingEvent> type = type(request.getParameter(KIND));
        MeetingBoard board = MeetingBoard.of(history(meetingId));
        String commandId = commandId(request);
        ActionForms.Reading<? extends MeetingEvent> reading = forms.read(type, request.getParameterMap(), board.formContext(today()));
        if (!reading.valid()) {
            model.addAttribute("form", form(meetingId, type, reading.fields(), reading.problem(), commandId, null));
            return "console/fragments :: action-form";
        }
        try {
            once.record(commandId, () -> recorder().record(meetingId, commandId, reading.value()));
        } catch (ConsoleCommands.Rejected rejected) {
            ActionForms.Reading<?> marked = forms.problems(reading.fields(), problems(rejected));
            model.addAttribute("form", form(meetingId, type, marked.fields(), rejected.getMessage(), commandId, null));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Trigger", CHANGED);
        MeetingBoard after = MeetingBoard.of(history(meetingId));
        model.addAttribute("form", actionForm(meetingId, type, after, null, null, "Recorded: " + Describe.line(reading.value())));
        return "console/fragments :: action-form";
    }

    @GetMapping("/meetings/{meetingId}/board")
    String board(@PathVariable String meetingId, Model model) {
        model.addAttribute("board", MeetingBoard.of(history(meetingId)));
        return "console/fragments :: board";
    }

    @GetMapping("/meetings/{meetingId}/report")
    String report(@PathVariable String meetingId, Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("report", preview(history(meetingId)));
        return "console/fragments :: report";
    }

    @GetMapping("/meetings/{meetingId}/timeline")
    String timeline(@PathVariable String meetingId, Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("timeline", TimelineLine.of(history(meetingId)));
        return "console/fragments :: timeline";
    }

    @GetMapping("/meetings/{meetingId}/sources")
    String sources(@PathVariable String meetingId, @RequestParam String ids, Model model) {
        List<String> wanted = Arrays.asList(ids.split(","));
        List<TimelineLine> entries = new ArrayList<>();
        for (TimelineLine entry : TimelineLine.of(history(meetingId))) {
            if (wanted.contains(entry.eventId())) {
                entries.add(entry);
            }
        }
        model.addAttribute("sources", entries);
        return "console/fragments :: sources";
    }

    @GetMapping(path = "/meetings/{meetingId}/live", produces = "text/event-stream")
    @ResponseBody
    SseEmitter live(@PathVariable String meetingId) {
        history(meetingId);
        return live.watch(meetingId);
    }

    // ---- corrections

    @GetMapping("/meetings/{meetingId}/correct/{eventId}")
    String correction(@PathVariable String meetingId, @PathVariable String eventId, Model model) {
        MeetingHistory history = history(meetingId);
        EffectiveAction action = effective(history, eventId);
        MeetingBoard board = MeetingBoard.of(history);
        List<FormField> fields = new ArrayList<>(forms.filled(action.facts(), board.formContext(today())));
        fields.add(reasonField());
        model.addAttribute("form", new ActionForm(Actions.name(action.facts().getClass()),
                "Correct #" + action.original().sequence() + ": " + Describe.kind(action.facts()),
                "/console/meetings/" + meetingId + "/correct/" + eventId, newCommandId(), fields, null, null));
        return "console/fragments :: action-form";
    }

    @PostMapping("/meetings/{meetingId}/correct/{eventId}")
    String correct(@PathVariable String meetingId, @PathVariable String eventId, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        MeetingHistory history = history(meetingId);
        EffectiveAction action = effective(history, eventId);
        MeetingBoard board = MeetingBoard.of(history);
        String commandId = commandId(request);
        String title = "Correct #" + action.original().sequence() + ": " + Describe.kind(action.facts());
        String postTo = "/console/meetings/" + meetingId + "/correct/" + eventId;
        ActionForms.Reading<? extends MeetingEvent> reading =
                forms.read(action.facts().getClass(), request.getParameterMap(), board.formContext(today()));
        List<FormField> fields = new ArrayList<>(reading.fields());
        String reason = request.getParameter("reason");
        FormField reasonField = reasonField().with(reason, Set.of());
        if (reason == null || reason.isBlank()) {
            reasonField = reasonField.withError("must not be blank");
        }
        fields.add(reasonField);
        String kind = Actions.name(action.facts().getClass());
        if (!reading.valid() || reasonField.error() != null) {
            model.addAttribute("form", new ActionForm(kind, title, postTo, commandId, fields, reading.problem(), null));
            return "console/fragments :: action-form";
        }
        ActionCorrected correction = new ActionCorrected(now(board), eventId, reason.trim(), reading.value());
        try {
            once.record(commandId, () -> recorder().record(meetingId, commandId, correction));
        } catch (ConsoleCommands.Rejected rejected) {
            model.addAttribute("form", new ActionForm(kind, title, postTo, commandId,
                    forms.problems(fields, problems(rejected)).fields(), rejected.getMessage(), null));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Trigger", CHANGED);
        model.addAttribute("form", actionForm(meetingId, action.facts().getClass(), MeetingBoard.of(history(meetingId)),
                null, null, "Corrected #" + action.original().sequence() + ": " + Describe.line(reading.value())));
        return "console/fragments :: action-form";
    }

    @GetMapping("/meetings/{meetingId}/withdraw/{eventId}")
    String withdrawal(@PathVariable String meetingId, @PathVariable String eventId, Model model) {
        EffectiveAction action = effective(history(meetingId), eventId);
        model.addAttribute("form", withdrawForm(meetingId, action, List.of(reasonField()), null, newCommandId()));
        return "console/fragments :: action-form";
    }

    @PostMapping("/meetings/{meetingId}/withdraw/{eventId}")
    String withdraw(@PathVariable String meetingId, @PathVariable String eventId, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        MeetingHistory history = history(meetingId);
        EffectiveAction action = effective(history, eventId);
        String commandId = commandId(request);
        String reason = request.getParameter("reason");
        FormField reasonField = reasonField().with(reason, Set.of());
        if (reason == null || reason.isBlank()) {
            model.addAttribute("form", withdrawForm(meetingId, action, List.of(reasonField.withError("must not be blank")), null, commandId));
            return "console/fragments :: action-form";
        }
        ActionWithdrawn withdrawal = new ActionWithdrawn(now(MeetingBoard.of(history)), eventId, reason.trim());
        try {
            once.record(commandId, () -> recorder().record(meetingId, commandId, withdrawal));
        } catch (ConsoleCommands.Rejected rejected) {
            model.addAttribute("form", withdrawForm(meetingId, action, List.of(reasonField), rejected.getMessage(), commandId));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Trigger", CHANGED);
        model.addAttribute("form", actionForm(meetingId, action.facts().getClass(), MeetingBoard.of(history(meetingId)),
                null, null, "Withdrawn #" + action.original().sequence() + ": " + Describe.line(action.facts())));
        return "console/fragments :: action-form";
    }

    // ---- the historian's view

    @GetMapping("/meetings/{meetingId}/history")
    String historian(@PathVariable String meetingId, @RequestParam(required = false) Long at, Model model) {
        MeetingHistory history = history(meetingId);
        long last = history.events().get(history.events().size() - 1).sequence();
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("last", last);
        model.addAttribute("title", MeetingBoard.of(history).title());
        asOf(history, at == null ? last : Math.min(at, last), model);
        return "console/history";
    }

    @GetMapping("/meetings/{meetingId}/history/at")
    String asOf(@PathVariable String meetingId, @RequestParam long at, Model model) {
        model.addAttribute("meetingId", meetingId);
        asOf(history(meetingId), at, model);
        return "console/fragments :: as-of";
    }

    private void asOf(MeetingHistory history, long at, Model model) {
        MeetingHistory then = history.upToSequence(at);
        RecordedEvent event = then.events().get(then.events().size() - 1);
        model.addAttribute("at", at);
        model.addAttribute("atEvent", "#" + event.sequence() + " " + Describe.line(event.event()));
        model.addAttribute("atWhen", Describe.moment(event.event().moment()) + " — logged " + TimelineLine.logged(event.loggedAt()) + " UTC");
        model.addAttribute("board", MeetingBoard.of(then));
        model.addAttribute("report", preview(then));
    }

    // ---- helpers

    /** The draft as it stands; a draft that cannot be generated says why instead of taking the page down. */
    private ReportPreview preview(MeetingHistory history) {
        try {
            return ReportPreview.of(report.generate(history));
        } catch (RuntimeException e) {
            return ReportPreview.unavailable("The draft report cannot be generated yet: " + e.getMessage());
        }
    }

    private ConsoleCommands recorder() {
        ConsoleCommands recorder = commands.getIfAvailable();
        if (recorder == null) {
            throw new ConsoleCommands.Rejected("this console can only read: no command side is configured"
                    + " (set rapporteur.console.command-side-url)");
        }
        return recorder;
    }

    private MeetingHistory history(String meetingId) {
        MeetingHistory history = histories.load(meetingId);
        if (history.events().isEmpty()) {
            throw new UnknownMeetingException(meetingId);
        }
        return history;
    }

    private static EffectiveAction effective(MeetingHistory history, String eventId) {
        return history.effectiveActions().stream().filter(a -> a.original().eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new UnknownMeetingException(history.meetingId() + " event " + eventId));
    }

    private static Class<? extends MeetingEvent> type(String kind) {
        Class<? extends MeetingEvent> type = kind == null ? null : Actions.byName(kind).orElse(null);
        if (type == null || NOT_A_QUICK_FORM.contains(type)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "unknown kind of action: " + kind);
        }
        return type;
    }

    /** Quick forms, grouped by family (the event's package: agenda, officers, participation, ...). */
    static Map<String, List<Map.Entry<String, String>>> kinds() {
        Map<String, List<Map.Entry<String, String>>> families = new LinkedHashMap<>();
        for (Class<? extends MeetingEvent> type : Actions.all()) {
            if (NOT_A_QUICK_FORM.contains(type)) {
                continue;
            }
            String family = ActionForms.humanize(type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1));
            families.computeIfAbsent(family, f -> new ArrayList<>())
                    .add(Map.entry(Actions.name(type), ActionForms.humanize(Actions.name(type))));
        }
        return families;
    }

    private ActionForm actionForm(String meetingId, Class<? extends MeetingEvent> type, MeetingBoard board,
                                  List<FormField> fields, String problem, String recorded) {
        List<FormField> shown = fields != null ? fields : forms.blank(type, board.formContext(today()));
        return new ActionForm(Actions.name(type), ActionForms.humanize(Actions.name(type)),
                "/console/meetings/" + meetingId + "/actions", newCommandId(), shown, problem, recorded);
    }

    private ActionForm form(String meetingId, Class<? extends MeetingEvent> type, List<FormField> fields, String problem,
                            String commandId, String recorded) {
        return new ActionForm(Actions.name(type), ActionForms.humanize(Actions.name(type)),
                "/console/meetings/" + meetingId + "/actions", commandId, fields, problem, recorded);
    }

    private ActionForm conveneForm(List<FormField> fields, String problem, String commandId) {
        return new ActionForm("meeting-convened", "Convene a meeting", "/console/meetings",
                commandId == null ? newCommandId() : commandId, fields, problem, null);
    }

    private ActionForm withdrawForm(String meetingId, EffectiveAction action, List<FormField> fields, String problem,
                                    String commandId) {
        return new ActionForm(Actions.name(action.facts().getClass()),
                "Withdraw #" + action.original().sequence() + ": " + Describe.line(action.facts()),
                "/console/meetings/" + meetingId + "/withdraw/" + action.original().eventId(), commandId, fields, problem, null);
    }

    private List<FormField> conveneFields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(idField());
        fields.addAll(forms.blank(MeetingConvened.class, emptyContext()));
        return fields;
    }

    private static FormField idField() {
        return new FormField("id", "Meeting id", FormField.Widget.TEXT, List.of(), null, Set.of(), true,
                "such as ccm-12msp", null);
    }

    private static FormField reasonField() {
        return new FormField("reason", "Reason", FormField.Widget.TEXT, List.of(), null, Set.of(), true, null, null);
    }

    private ActionForms.Context emptyContext() {
        return new ActionForms.Context(null, today(), 1, null, List.of(), StateNames.options(List.of()), List.of());
    }

    private MeetingMoment now(MeetingBoard board) {
        ActionForms.Context context = board.formContext(today());
        return new MeetingMoment(context.openSession(), context.date(), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String commandId(HttpServletRequest request) {
        String commandId = request.getParameter("commandId");
        return commandId == null || commandId.isBlank() ? newCommandId() : commandId;
    }

    private static String newCommandId() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, String> problems(ConsoleCommands.Rejected rejected) {
        Map<String, String> problems = new HashMap<>();
        rejected.fieldProblems().forEach(p -> problems.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        return problems;
    }
}
