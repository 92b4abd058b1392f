package org.rapporteur.query.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingId;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.meetings.MeetingDirectoryProjection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The secretariat console: the meeting's page, its recording form and the fragments htmx refreshes. */
@Controller
@RequestMapping("/console")
@ConditionalOnWebApplication
class ConsoleController {

    static final String CHANGED = "meeting-changed";
    /** The kind of action a form records; not "kind", which some facts use (a document's kind). */
    static final String KIND = "_kind";

    private final MeetingDirectoryProjection directory;
    private final ConsoleDesk desk;
    private final ActionForms forms;
    private final ReportFormats reportFormats;

    ConsoleController(MeetingDirectoryProjection directory, ConsoleDesk desk, ActionForms forms, ReportFormats reportFormats) {
        this.directory = directory;
        this.desk = desk;
        this.forms = forms;
        this.reportFormats = reportFormats;
    }

    // ---- meetings

    @GetMapping
    String meetings(Model model) {
        var meetings = directory.all();
        model.addAttribute("meetings", meetings);
        java.util.Map<String, String> dates = new java.util.HashMap<>();
        meetings.forEach(m -> dates.put(m.id(), Describe.dates(m.startsOn(), m.endsOn(), Describe.LANGUAGE)));
        model.addAttribute("dates", dates);
        model.addAttribute("form", conveneForm(conveneFields(), null, null));
        return "console/meetings";
    }

    @PostMapping("/meetings")
    String convene(HttpServletRequest request, HttpServletResponse response, Model model) {
        String commandId = ConsoleDesk.commandId(request);
        String meetingId = request.getParameter("id") == null ? "" : request.getParameter("id").trim();
        ActionForms.Reading<MeetingConvened> reading = forms.read(MeetingConvened.class, request.getParameterMap(), desk.noMeeting());
        List<FormField> fields = new ArrayList<>();
        FormField id = idField().withValue(meetingId);
        if (!MeetingId.isWellFormed(meetingId)) {
            id = id.withError("Required: " + MeetingId.FORM + ".");
        }
        fields.add(id);
        fields.addAll(reading.fields());
        if (!reading.valid() || id.error() != null) {
            model.addAttribute("form", conveneForm(fields, reading.problem(), commandId));
            return "console/fragments :: action-form";
        }
        try {
            desk.once().record(commandId, () -> desk.recorder().convene(meetingId, commandId, reading.value()));
        } catch (ConsoleCommands.Rejected rejected) {
            ActionForms.Reading<MeetingConvened> marked = forms.problems(fields, ConsoleDesk.problems(rejected));
            model.addAttribute("form", conveneForm(marked.fields(), ConsoleDesk.message(rejected, marked), commandId));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Redirect", request.getContextPath() + "/console/meetings/" + meetingId);
        model.addAttribute("form", conveneForm(conveneFields(), null, null));
        return "console/fragments :: action-form";
    }

    // ---- one meeting, live

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable String meetingId, @RequestParam(required = false) String kind, Model model) {
        MeetingHistory history = desk.history(meetingId);
        MeetingBoard board = MeetingBoard.of(history);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("board", board);
        Map<String, List<ConsoleDesk.KindChoice>> kinds = desk.kinds(history, board.closed());
        model.addAttribute("kinds", kinds);
        model.addAttribute("shortcuts", ConsoleDesk.shortcuts(kinds));
        String chosen = kind != null ? kind : firstForm(board, kinds);
        Class<? extends MeetingEvent> type = desk.type(chosen);
        model.addAttribute("form", desk.actionForm(meetingId, type, forms.blank(type, desk.context(history, board)), null,
                null, null));
        model.addAttribute("report", desk.preview(meetingId, null));
        model.addAttribute("timeline", TimelinePage.of(TimelineLine.of(history), TimelinePage.Query.ALL, forms));
        model.addAttribute("formats", reportFormats.formats());
        return "console/meeting";
    }

    /** The form the page opens with: the agenda first, then a plenary session; once closed, the first still offered. */
    private static String firstForm(MeetingBoard board, Map<String, List<ConsoleDesk.KindChoice>> kinds) {
        String usual = board.agenda().isEmpty() ? "agenda-adopted" : "plenary-session-opened";
        return !board.closed() ? usual
                : kinds.values().stream().flatMap(List::stream).map(ConsoleDesk.KindChoice::kind).findFirst().orElse(usual);
    }

    @GetMapping("/meetings/{meetingId}/form")
    String form(@PathVariable String meetingId, @RequestParam String kind, Model model) {
        MeetingHistory history = desk.history(meetingId);
        Class<? extends MeetingEvent> type = desk.type(kind);
        model.addAttribute("form", desk.actionForm(meetingId, type,
                forms.blank(type, desk.context(history, MeetingBoard.of(history))), null, null, null));
        return "console/fragments :: action-form";
    }

    @PostMapping("/meetings/{meetingId}/actions")
    String record(@PathVariable String meetingId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Class<? extends MeetingEvent> type = desk.type(request.getParameter(KIND));
        MeetingHistory history = desk.history(meetingId);
        FormContext context = desk.context(history, MeetingBoard.of(history));
        String commandId = ConsoleDesk.commandId(request);
        ActionForms.Reading<? extends MeetingEvent> reading = forms.read(type, request.getParameterMap(), context);
        if (!reading.valid()) {
            model.addAttribute("form", desk.actionForm(meetingId, type, reading.fields(), reading.problem(), commandId, null));
            return "console/fragments :: action-form";
        }
        try {
            desk.once().record(commandId, () -> desk.recorder().record(meetingId, commandId, reading.value()));
        } catch (ConsoleCommands.Rejected rejected) {
            ActionForms.Reading<?> marked = forms.problems(reading.fields(), ConsoleDesk.problems(rejected));
            model.addAttribute("form", desk.actionForm(meetingId, type, marked.fields(),
                    ConsoleDesk.message(rejected, marked), commandId, null));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Trigger", CHANGED);
        MeetingHistory after = desk.history(meetingId);
        model.addAttribute("form", desk.actionForm(meetingId, type,
                forms.blank(type, desk.context(after, MeetingBoard.of(after))), null, null,
                "Recorded: " + TimelineLine.named(Describe.line(reading.value()), List.of())));
        return "console/fragments :: action-form";
    }

    @GetMapping("/meetings/{meetingId}/board")
    String board(@PathVariable String meetingId, Model model) {
        model.addAttribute("board", MeetingBoard.of(desk.history(meetingId)));
        return "console/fragments :: board";
    }

    @GetMapping("/meetings/{meetingId}/context")
    String context(@PathVariable String meetingId, Model model) {
        model.addAttribute("board", MeetingBoard.of(desk.history(meetingId)));
        return "console/fragments :: context";
    }

    @GetMapping("/meetings/{meetingId}/report")
    String report(@PathVariable String meetingId, Model model) {
        desk.history(meetingId);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("report", desk.preview(meetingId, null));
        return "console/fragments :: report";
    }

    @GetMapping("/meetings/{meetingId}/timeline")
    String timeline(@PathVariable String meetingId, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String kind, @RequestParam(required = false) String session,
                    @RequestParam(required = false) String item, @RequestParam(required = false) String state,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("timeline", TimelinePage.of(TimelineLine.of(desk.history(meetingId)),
                new TimelinePage.Query(q, kind, session, item, state, page), forms));
        return "console/fragments :: timeline";
    }

    @GetMapping("/meetings/{meetingId}/sources")
    String sources(@PathVariable String meetingId, @RequestParam String ids, Model model) {
        List<String> wanted = Arrays.asList(ids.split(","));
        List<TimelineLine> entries = new ArrayList<>();
        for (TimelineLine entry : TimelineLine.of(desk.history(meetingId))) {
            if (wanted.contains(entry.eventId())) {
                entries.add(entry);
            }
        }
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("sources", entries);
        return "console/fragments :: sources";
    }

    private ActionForm conveneForm(List<FormField> fields, String problem, String commandId) {
        return new ActionForm("meeting-convened", forms.title("meeting-convened"), "/console/meetings",
                commandId == null ? ConsoleDesk.newCommandId() : commandId, fields, problem, null, ActionForm.PANEL,
                "Convene");
    }

    private List<FormField> conveneFields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(idField());
        fields.addAll(forms.blank(MeetingConvened.class, desk.noMeeting()));
        return fields;
    }

    private static FormField idField() {
        return FormField.input("id", "Short name of the meeting", FormField.Widget.TEXT, List.of(), true)
                .described("Short name of the meeting", "used in addresses; lower-case letters, digits and dashes",
                        "ccm-12msp", List.of(), false, List.of());
    }

    static String kindName(Class<? extends MeetingEvent> type) {
        return Actions.name(type);
    }
}
