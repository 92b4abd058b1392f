package org.rapporteur.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house's structure, checked over every main class of every module (this module's test class path holds them
 * all): no package cycles, a contract without infrastructure, the domain apart from the web, small source files.
 * Each rule is also shown failing on a fixture that breaks it, so that none of them can pass by matching nothing.
 */
class ArchitectureTest {

    private static final String ROOT = "org.rapporteur";
    private static final String FIXTURE = "org.rapporteur.architecture.fixture";

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ROOT);

    private static final JavaClasses BROKEN = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests())
            .importPackages(FIXTURE);

    @Test
    void everyModuleIsLookedAt() {
        List<String> packages = MAIN.stream().map(JavaClass::getPackageName).distinct().toList();
        assertThat(packages).contains("org.rapporteur.events", "org.rapporteur.events.catalogue",
                "org.rapporteur.eventstore", "org.rapporteur.eventstore.embedded", "org.rapporteur.security",
                "org.rapporteur.profiles", "org.rapporteur.command.meeting", "org.rapporteur.query.report",
                "org.rapporteur.standalone");
        assertThat(MAIN.stream().filter(c -> c.getPackageName().startsWith(FIXTURE))).isEmpty();
    }

    @Test
    void noPackageCycles() {
        HouseRules.noPackageCycles(ROOT).check(MAIN);
    }

    @Test
    void theContractBringsNoInfrastructure() {
        HouseRules.contractWithoutInfrastructure(ROOT).check(MAIN);
    }

    @Test
    void theDomainStaysApartFromTheWeb() {
        HouseRules.domainApartFromTheWeb(ROOT).check(MAIN);
    }

    @Test
    void noMainSourceFileIsOverFourHundredLines() {
        HouseRules.smallSourceFiles(ROOT, HouseRules.MOST_LINES).check(MAIN);
    }

    @Test
    void eachOfTheFourCyclesOnceFoundIsFoundAgain() {
        EvaluationResult result = HouseRules.noPackageCycles(FIXTURE).evaluate(BROKEN);
        String report = String.join("\n", result.getFailureReport().getDetails()).replaceAll("\\s+", " ");
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(4);
        assertThat(report)
                .contains("Cycle detected: Slice events -> Slice events.agenda -> Slice events ")
                .contains("Cycle detected: Slice command.http -> Slice command.meeting -> Slice command.http ")
                .contains("Cycle detected: Slice query.http -> Slice query.projection -> Slice query.http ")
                .contains("Cycle detected: Slice query.report -> Slice query.report.render -> Slice query.report ");
    }

    @Test
    void eachOtherRuleFailsWhenBroken() {
        assertThat(details(HouseRules.contractWithoutInfrastructure(FIXTURE)))
                .anyMatch(line -> line.contains("AgendaAdopted") && line.contains("com.mongodb.client.MongoClient"));
        assertThat(details(HouseRules.domainApartFromTheWeb(FIXTURE)))
                .anyMatch(line -> line.contains("command.meeting.RuleViolated") && line.contains("command.http.Problems"))
                .anyMatch(line -> line.contains("query.projection.MeetingViews") && line.contains("query.http.AsOf"))
                .noneMatch(line -> line.startsWith("Method <" + FIXTURE + ".command.http"));
        assertThat(details(HouseRules.smallSourceFiles(FIXTURE, 8)))
                .anyMatch(line -> line.contains("RuleViolated has 11 lines (RuleViolated.java)"))
                .noneMatch(line -> line.contains("AsOf"));
    }

    private static List<String> details(com.tngtech.archunit.lang.ArchRule rule) {
        EvaluationResult result = rule.evaluate(BROKEN);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
