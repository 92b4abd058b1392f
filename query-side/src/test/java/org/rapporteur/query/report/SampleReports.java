package org.rapporteur.query.report;

import org.rapporteur.query.report.ReportDocument.AnnexEntry;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;

import java.util.List;

/** A hand-built report in the shape of the Twelfth Meeting's final report. */
public final class SampleReports {

    private SampleReports() {
    }

    public static ReportDocument twelfthMeeting() {
        ReportDocument.Header header = new ReportDocument.Header("Convention on Cluster Munitions", "20 September 2024",
                "Original: English", "Twelfth Meeting of States Parties", "Geneva, 10-13 September 2024",
                "Final report", "CCM/MSP/2024/11", "The present document is being issued without formal editing.",
                "2024-09-20");
        Section introduction = new Section("I", "Introduction", List.of(
                new Paragraph(1, List.of(text("Article 11 of the Convention on Cluster Munitions provides that the States parties shall meet regularly."),
                        new FootnoteRef(1)), List.of(), false, List.of("ev-convened")),
                new Paragraph(2, List.of(text("The Meeting confirmed the designation of Ambassador Francisca Elizabeth Méndez Escobar & the <President>."),
                        new FootnoteRef(2)), List.of(), false, List.of("ev-designated", "ev-correction"))));
        Section decisions = new Section("IV", "Decisions and recommendations", List.of(
                new SubHeading("Chad"),
                new Paragraph(45, List.of(text("The Meeting agrees to grant the request for an extension of two years until 1 October 2026.")),
                        List.of(), false, List.of("ev-granted")),
                new Paragraph(51, List.of(text("The Convention would benefit from Chad reporting on the following:")), List.of(
                        new Item("(a)", List.of(text("Progress made on resource mobilization activities;"))),
                        new Item("(b)", List.of(text("Progress made on non-technical survey in the Tibesti Province;")))),
                        true, List.of("ev-granted")),
                new SubHeading("Lao People's Democratic Republic"),
                new Paragraph(85, List.of(text("The Meeting welcomed the Coordinators to lead the following thematic areas:")), List.of(
                        new Item(null, List.of(text("Transparency Measures: Australia"))),
                        new Item(null, List.of(text("Risk Education: Lao People's Democratic Republic"), new FootnoteRef(3)))),
                        false, List.of("ev-thematic"))));
        List<ReportDocument.Footnote> footnotes = List.of(
                new ReportDocument.Footnote(1, "CCM/CONF/2021/6, paragraph 84(ii)(a)."),
                new ReportDocument.Footnote(2, "CCM/MSP/2023/11, paragraph 55."),
                new ReportDocument.Footnote(3, "To be nominated at a later stage."));
        ReportDocument.Annex annex = new ReportDocument.Annex(
                "List of documents submitted to the Twelfth Meeting of State Parties to the Convention on Cluster Munitions",
                List.of(new AnnexEntry("CCM/MSP/2024/1", "Provisional agenda. Submitted by the President"),
                        new AnnexEntry("CCM/MSP/2024/10", "Convention on Cluster Munitions Implementation Support Unit – 2023 Annual Report"),
                        new AnnexEntry("CCM/MSP/2024/MISC.3", "Explanation of Position on the “State of Palestine”. Submitted by Australia")));
        return new ReportDocument(header, List.of(introduction, decisions), footnotes, annex);
    }

    /**
     * The sample with the annexes of other kinds after its list of documents: the texts of two decisions (one with an
     * annex of its own) under the note on their language, and participants of two categories.
     */
    public static ReportDocument withEveryKindOfAnnex() {
        ReportDocument sample = twelfthMeeting();
        ReportDocument.Annex decisions = new ReportDocument.Annex("II", "decisions", "Decisions adopted at the Twelfth Meeting", null, List.of(
                new ReportDocument.AnnexNote("The texts adopted by the Meeting are reproduced in the language in which they were adopted (English)."),
                new ReportDocument.AnnexHeading("Decision 12/1. Budget", 1),
                new ReportDocument.AnnexParagraph("1.", "Thanks the Secretariat for document CCM/MSP/2024/10."),
                new ReportDocument.AnnexParagraph("2.", "Adopts the budget."),
                new ReportDocument.AnnexHeading("Annex: Scale of assessments", 2),
                new ReportDocument.AnnexParagraph(null, "The annex is contained in document CCM/MSP/2024/8."),
                new ReportDocument.AnnexNote("Annex to the decision: “Table 3”."),
                new ReportDocument.AnnexHeading("Decision 12/2. Programme", 1),
                new ReportDocument.AnnexParagraph(null, "Approves the programme.")));
        ReportDocument.Annex participants = new ReportDocument.Annex("III", "participants", "List of participants", null, List.of(
                new ReportDocument.AnnexHeading("States parties", 1),
                new ReportDocument.AnnexList(List.of("Austria", "Chile", "Lao People's Democratic Republic")),
                new ReportDocument.AnnexHeading("International organizations", 1),
                new ReportDocument.AnnexList(List.of("United Nations Development Programme (UNDP)"))));
        return new ReportDocument(sample.header(), sample.sections(), sample.footnotes(), sample.annex(),
                List.of(sample.annex(), decisions, participants), "en", List.of());
    }

    private static Inline text(String s) {
        return new Text(s);
    }
}
