package org.rapporteur.query.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.List;

/** Correcting or withdrawing a logged action, in a form that opens beside its timeline entry. */
@Controller
@RequestMapping("/console/meetings/{meetingId}")
@ConditionalOnWebApplication
class CorrectionsController {

    private final ConsoleDesk desk;
    private final ActionForms forms;

    CorrectionsController(ConsoleDesk desk, ActionForms forms) {
        this.desk = desk;
        this.forms = forms;
    }

    @GetMapping("/correct/{eventId}")
    String correction(@PathVariable String meetingId, @PathVariable String eventId, Model model) {
        MeetingHistory history = desk.history(meetingId);
        EffectiveAction action = desk.effective(history, eventId);
        List<FormField> fields = new ArrayList<>(forms.filled(action.facts(), desk.context(history, MeetingBoard.of(history))));
        fields.add(reasonField());
        model.addAttribute("form", correctForm(meetingId, action, fields, null, ConsoleDesk.newCommandId()));
        return "console/fragments :: action-form";
    }

    @PostMapping("/correct/{eventId}")
    String correct(@PathVariable String meetingId, @PathVariable String eventId, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        MeetingHistory history = desk.history(meetingId);
        EffectiveAction action = desk.effective(history, eventId);
        MeetingBoard board = MeetingBoard.of(history);
        String commandId = ConsoleDesk.commandId(request);
        ActionForms.Reading<? extends MeetingEvent> reading =
                forms.read(action.facts().getClass(), request.getParameterMap(), desk.context(history, board));
        List<FormField> fields = new ArrayList<>(reading.fields());
        FormField reason = reason(request);
        fields.add(reason);
        if (!reading.valid() || reason.error() != null) {
            model.addAttribute("form", correctForm(meetingId, action, fields, reading.problem(), commandId));
            return "console/fragments :: action-form";
        }
        ActionCorrected correction = new ActionCorrected(now(board), eventId, reason.value(), reading.value());
        try {
            desk.once().record(commandId, () -> desk.recorder().record(meetingId, commandId, correction));
        } catch (ConsoleCommands.Rejected rejected) {
            ActionForms.Reading<?> marked = forms.problems(fields, ConsoleDesk.problems(rejected));
            model.addAttribute("form", correctForm(meetingId, action, marked.fields(),
                    ConsoleDesk.message(rejected, marked), commandId));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Trigger", ConsoleController.CHANGED);
        model.addAttribute("done", "Corrected #" + action.original().sequence() + ": "
                + TimelineLine.named(Describe.line(reading.value()), List.of()));
        model.addAttribute("container", container(action));
        return "console/fragments :: done";
    }

    @GetMapping("/withdraw/{eventId}")
    String withdrawal(@PathVariable String meetingId, @PathVariable String eventId, Model model) {
        EffectiveAction action = desk.effective(desk.history(meetingId), eventId);
        model.addAttribute("form", withdrawForm(meetingId, action, List.of(reasonField()), null, ConsoleDesk.newCommandId()));
        return "console/fragments :: action-form";
    }

    @PostMapping("/withdraw/{eventId}")
    String withdraw(@PathVariable String meetingId, @PathVariable String eventId, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        MeetingHistory history = desk.history(meetingId);
        EffectiveAction action = desk.effective(history, eventId);
        String commandId = ConsoleDesk.commandId(request);
        FormField reason = reason(request);
        if (reason.error() != null) {
            model.addAttribute("form", withdrawForm(meetingId, action, List.of(reason), null, commandId));
            return "console/fragments :: action-form";
        }
        ActionWithdrawn withdrawal = new ActionWithdrawn(now(MeetingBoard.of(history)), eventId, reason.value());
        try {
            desk.once().record(commandId, () -> desk.recorder().record(meetingId, commandId, withdrawal));
        } catch (ConsoleCommands.Rejected rejected) {
            model.addAttribute("form", withdrawForm(meetingId, action, List.of(reason),
                    Messages.capital(rejected.getMessage()), commandId));
            return "console/fragments :: action-form";
        }
        response.setHeader("HX-Trigger", ConsoleController.CHANGED);
        model.addAttribute("done", "Withdrawn #" + action.original().sequence() + ": "
                + TimelineLine.named(Describe.line(action.facts()), List.of()));
        model.addAttribute("container", container(action));
        return "console/fragments :: done";
    }

    private ActionForm correctForm(String meetingId, EffectiveAction action, List<FormField> fields, String problem,
                                   String commandId) {
        return new ActionForm(Actions.name(action.facts().getClass()),
                "Correct #" + action.original().sequence() + ": " + forms.title(Actions.name(action.facts().getClass())),
                "/console/meetings/" + meetingId + "/correct/" + action.original().eventId(), commandId, fields, problem,
                null, container(action), "Record the correction");
    }

    private ActionForm withdrawForm(String meetingId, EffectiveAction action, List<FormField> fields, String problem,
                                    String commandId) {
        return new ActionForm(Actions.name(action.facts().getClass()),
                "Withdraw #" + action.original().sequence() + ": " + Describe.line(action.facts()),
                "/console/meetings/" + meetingId + "/withdraw/" + action.original().eventId(), commandId, fields, problem,
                null, container(action), "Withdraw it");
    }

    private static String container(EffectiveAction action) {
        return "change-" + action.original().sequence();
    }

    private static FormField reason(HttpServletRequest request) {
        String reason = request.getParameter("reason");
        FormField field = reasonField().withValue(reason == null ? null : reason.trim());
        return reason == null || reason.isBlank() ? field.withError("Required: say why, for the record.") : field;
    }

    private static FormField reasonField() {
        return FormField.input("reason", "Reason", FormField.Widget.TEXT, List.of(), true)
                .described("Reason", "kept in the record with the change", "such as: Italy, not Norway, was elected",
                        List.of(), false, List.of());
    }

    private static MeetingMoment now(MeetingBoard board) {
        return new MeetingMoment(board.openSession(),
                board.openSession() != null && board.openSessionDate() != null ? board.openSessionDate()
                        : java.time.LocalDate.now(), null);
    }
}
