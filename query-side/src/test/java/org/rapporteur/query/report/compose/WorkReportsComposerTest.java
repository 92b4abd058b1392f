package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.work.DocumentConsidered;
import org.rapporteur.events.work.WorkReported;
import org.rapporteur.profiles.ReportFact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class WorkReportsComposerTest {

    private static final WorkReportsComposer WORK = new WorkReportsComposer();

    private static WorkReported universalization(int sitting) {
        return new WorkReported(sitting(sitting), new WorkReported.Topic(WorkReported.Topic.Kind.WORKING_GROUP, "Universalization"),
                StateCode.list("PER", "NOR"), null, null, null, "to promote the universalization of the Convention", null, null,
                null, null, null, null, null);
    }

    private static DocumentConsidered considered(int sitting) {
        return new DocumentConsidered(sitting(sitting), DocumentSymbol.of("X/9/WP.1"), "Mexico", false, null);
    }

    private FactModel meeting(MeetingEvent... work) {
        FactModel model = new FactModel("ccm").log(
                new DocumentSubmitted(sitting(1), DocumentSymbol.of("X/9/WP.1"), "Universal adherence", null, DocumentKind.WORKING_PAPER),
                new AgendaAdopted(sitting(1), DocumentSymbol.of("X/9/1"), List.of(new AgendaItem(AgendaItemNumber.of("5"), "Universalization", null))),
                new AgendaItemTakenUp(sitting(2), AgendaItemNumber.of("5")));
        for (MeetingEvent e : work) {
            model.log(e);
        }
        return model;
    }

    @Test
    void rule_a_work_report_with_the_documents_it_considered_is_one_paragraph() {
        FactModel.Written written = meeting(universalization(2), considered(2))
                .write(WORK, "en", ReportFact.WORK_REPORTS, ReportFact.DOCUMENTS_CONSIDERED);

        assertThat(written.paragraphs()).singleElement().asString()
                .contains("Working group on Universalization", "Peru and Norway", "“Universal adherence”", "X/9/WP.1");
        assertThat(written.eventIds().get(0)).containsExactly("e4", "e5");
    }

    @Test
    void a_document_considered_at_another_sitting_is_a_paragraph_of_its_own() {
        FactModel.Written written = meeting(universalization(2), considered(3))
                .write(WORK, "fr", ReportFact.WORK_REPORTS, ReportFact.DOCUMENTS_CONSIDERED);

        assertThat(written.paragraphs()).hasSize(2);
        assertThat(written.paragraphs().get(1)).startsWith("L’Assemblée a également examiné un document de travail");
        assertThat(written.eventIds()).containsExactly(List.of("e4"), List.of("e5"));
    }

    @Test
    void a_person_reporting_without_activities_recorded_reports_on_the_work_in_the_capacity_recorded() {
        WorkReported chair = new WorkReported(sitting(2), new WorkReported.Topic(WorkReported.Topic.Kind.ISSUE, "Treaty implementation"),
                null, null, new org.rapporteur.events.Person("Ambassador", "Bea Example", null, null, null, "her"),
                "Chair of the Working Group", null, null, null, null, null, null, null, null);

        assertThat(meeting(chair).write(WORK, "en", ReportFact.WORK_REPORTS).paragraphs()).singleElement().asString()
                .endsWith("In particular, Ambassador Bea Example, in her capacity as Chair of the Working Group, reported on the work.");
        assertThat(meeting(chair).write(WORK, "fr", ReportFact.WORK_REPORTS).paragraphs()).singleElement().asString()
                .contains("Bea Example, en sa qualité de Chair of the Working Group, a rendu compte des travaux.");
    }
}
