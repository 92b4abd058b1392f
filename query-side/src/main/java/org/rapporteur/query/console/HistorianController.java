package org.rapporteur.query.console;

import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The historian's view: the meeting as it stood after any logged event, stepping by logging order or by meeting
 * time (plenary sessions, days); the draft then, downloadable in every format, beside the events up to then.
 */
@Controller
@RequestMapping("/console/meetings/{meetingId}/history")
@ConditionalOnWebApplication
class HistorianController {

    /** A place on the meeting clock the slider can step to: the first event of a plenary session or of a day. */
    record Mark(long sequence, String label) {
    }

    private final ConsoleDesk desk;
    private final ReportFormats reportFormats;

    HistorianController(ConsoleDesk desk, ReportFormats reportFormats) {
        this.desk = desk;
        this.reportFormats = reportFormats;
    }

    @GetMapping
    String historian(@PathVariable String meetingId, @RequestParam(required = false) Long at, Model model) {
        MeetingHistory history = desk.history(meetingId);
        long last = history.events().get(history.events().size() - 1).sequence();
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("last", last);
        model.addAttribute("title", MeetingBoard.of(history).title());
        asOf(meetingId, history, at == null ? last : Math.max(0, Math.min(at, last)), model);
        return "console/history";
    }

    @GetMapping("/at")
    String at(@PathVariable String meetingId, @RequestParam long at, Model model) {
        MeetingHistory history = desk.history(meetingId);
        long last = history.events().get(history.events().size() - 1).sequence();
        model.addAttribute("meetingId", meetingId);
        asOf(meetingId, history, Math.max(0, Math.min(at, last)), model);
        return "console/fragments :: as-of";
    }

    private void asOf(String meetingId, MeetingHistory history, long at, Model model) {
        MeetingHistory then = history.upToSequence(at);
        RecordedEvent event = then.events().get(then.events().size() - 1);
        model.addAttribute("at", at);
        model.addAttribute("atEvent", "#" + event.sequence() + " " + Describe.line(event.event()));
        model.addAttribute("atWhen", Describe.moment(event.event().moment()) + " — logged "
                + TimelineLine.logged(event.loggedAt()) + " UTC");
        model.addAttribute("board", MeetingBoard.of(then));
        model.addAttribute("report", desk.preview(meetingId, at));
        model.addAttribute("formats", reportFormats.formats());
        List<TimelineLine> upToThen = new ArrayList<>();
        List<TimelineLine> all = TimelineLine.of(history);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).sequence() <= at) {
                upToThen.add(all.get(i));
            }
        }
        model.addAttribute("events", upToThen);
        List<Mark> sessions = new ArrayList<>();
        List<Mark> days = new ArrayList<>();
        LocalDate day = null;
        for (RecordedEvent recorded : history.events()) {
            if (recorded.event() instanceof PlenarySessionOpened opened) {
                sessions.add(new Mark(recorded.sequence(), MeetingBoard.session(opened.number())));
            }
            LocalDate date = recorded.event().moment() == null ? null : recorded.event().moment().date();
            if (date != null && !date.equals(day)) {
                days.add(new Mark(recorded.sequence(), Describe.moment(recorded.event().moment().date() == null ? null
                        : org.rapporteur.events.MeetingMoment.outsidePlenary(date))));
                day = date;
            }
        }
        model.addAttribute("previousSession", before(sessions, at));
        model.addAttribute("nextSession", after(sessions, at));
        model.addAttribute("previousDay", before(days, at));
        model.addAttribute("nextDay", after(days, at));
    }

    private static Mark before(List<Mark> marks, long at) {
        Mark found = null;
        for (Mark mark : marks) {
            if (mark.sequence() < at) {
                found = mark;
            }
        }
        return found;
    }

    private static Mark after(List<Mark> marks, long at) {
        for (Mark mark : marks) {
            if (mark.sequence() > at) {
                return mark;
            }
        }
        return null;
    }
}
