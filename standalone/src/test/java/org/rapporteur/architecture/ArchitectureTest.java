package org.rapporteur.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
            // what Spring AOT generates into target/classes in the -Pcli build (Foo__BeanDefinitions, CGLIB proxies)
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
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

    /** docs/architecture.md's module and package diagram names exactly the main packages, each under its module. */
    @Test
    void theDiagramIsTheHouseAsBuilt() throws IOException {
        Map<String, String> built = MAIN.stream()
                .filter(type -> HouseRules.sourceFile(type).isPresent())
                .collect(Collectors.toMap(JavaClass::getPackageName, ArchitectureTest::moduleOf, (a, b) -> a,
                        TreeMap::new));
        assertThat(diagram(Path.of("..", "docs", "architecture.md"))).isEqualTo(built);
    }

    private static final String MARKER = "<!-- the block below is read by ArchitectureTest.theDiagramIsTheHouseAsBuilt -->";
    private static final Pattern PACKAGE = Pattern.compile("org\\.rapporteur(\\.[a-z]+)*");
    private static final Pattern SIBLING = Pattern.compile("\\.[a-z]+");

    /** Package to module, as drawn: a module line {@code name/ ...}, then its packages ({@code .x} is a sibling). */
    static Map<String, String> diagram(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        int from = lines.indexOf(MARKER);
        assertThat(from).as("the diagram's marker in " + document).isNotNegative();
        assertThat(lines.get(from + 1)).isEqualTo("```");
        Map<String, String> drawn = new TreeMap<>();
        String module = null;
        for (String line : lines.subList(from + 2, lines.size())) {
            if (line.equals("```")) {
                break;
            }
            String[] words = line.trim().split("\\s+");
            if (!line.startsWith(" ") && words[0].endsWith("/")) {
                module = words[0].substring(0, words[0].length() - 1);
            } else if (PACKAGE.matcher(words[0]).matches()) {
                String parent = words[0].substring(0, words[0].lastIndexOf('.'));
                drawn.put(words[0], module);
                for (int i = 1; i < words.length && SIBLING.matcher(words[i]).matches(); i++) {
                    drawn.put(parent + words[i], module);
                }
            }
        }
        return drawn;
    }

    /** {@code <module>/src/main/java/a/b/C.java} is in {@code <module>}. */
    private static String moduleOf(JavaClass type) {
        Path javaRoot = HouseRules.sourceFile(type).orElseThrow();
        for (int i = 0; i <= type.getPackageName().split("\\.").length; i++) {
            javaRoot = javaRoot.getParent();
        }
        return javaRoot.getParent().getParent().getParent().toAbsolutePath().normalize().getFileName().toString();
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
