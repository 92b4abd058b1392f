package org.rapporteur.query.report.render;

import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * A report long enough for several pages, naming people and places in Latin with diacritics, Greek, Cyrillic,
 * Arabic, Chinese and Japanese, with footnotes cited on every page.
 */
final class ManyScriptsReport {

    static final List<String> NAMES = List.of("Barudanović", "Việt Nam", "Łukasz Wróblewski", "Çağrı Öztürk",
            "Ørjan Ødegård", "Ștefan Țurcanu", "Ελληνική Δημοκρατία", "Κυριάκος Παπαδόπουλος", "Российская Федерация",
            "Анна Ахматова", "Україна", "المملكة العربية السعودية", "عبد الله بن علي", "中华人民共和国", "王毅",
            "日本国", "山田 はなこ", "スズキ タロウ");

    private ManyScriptsReport() {
    }

    static ReportDocument report() {
        ReportDocument.Header header = new ReportDocument.Header("Convention on Cluster Munitions", "20 September 2024",
                "Original: English", "Twelfth Meeting of States Parties", "Geneva, 10-13 September 2024",
                "Final report", "CCM/MSP/2024/11", "The present document is being issued without formal editing.",
                "");
        List<ReportDocument.Block> blocks = new ArrayList<>();
        List<ReportDocument.Footnote> notes = new ArrayList<>();
        int number = 0;
        for (int round = 0; round < 4; round++) {
            for (String name : NAMES) {
                number++;
                List<Inline> text = new ArrayList<>();
                text.add(new Text("At its plenary session the Meeting heard " + name + ", who spoke on the universalization "
                        + "of the Convention and on the assistance available to States that still have stockpiles to destroy, "
                        + "and took note of the statement made."));
                if (number % 3 == 0) {
                    notes.add(new ReportDocument.Footnote(notes.size() + 1, "Statement of " + name + ", CCM/MSP/2024/WP." + number + "."));
                    text.add(new FootnoteRef(notes.size()));
                }
                blocks.add(new Paragraph(number, text, List.of(), false, List.of("ev-" + number)));
            }
        }
        return new ReportDocument(header, List.of(new Section("I", "Statements", blocks)), notes,
                new ReportDocument.Annex("List of documents", List.of(
                        new ReportDocument.AnnexEntry("CCM/MSP/2024/1", "Provisional agenda. Submitted by 山田 はなこ"),
                        new ReportDocument.AnnexEntry("CCM/MSP/2024/2", "Statement by عبد الله بن علي"))));
    }
}
