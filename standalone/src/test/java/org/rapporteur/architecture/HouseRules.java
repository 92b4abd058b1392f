package org.rapporteur.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture's rules, over the packages under {@code root} (org.rapporteur for the code; a fixture's own root
 * to show that each rule fails when broken). docs/architecture.md describes them.
 */
final class HouseRules {

    /** The most lines a main source file may have. */
    static final int MOST_LINES = 400;

    private HouseRules() {
    }

    /** Every package is a slice: no two may depend on each other, however indirectly. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("a package cycle hides which idea builds on which");
    }

    /** The event contract, which every module and every future client imports, brings no infrastructure with it. */
    static ArchRule contractWithoutInfrastructure(String root) {
        return noClasses().that().resideInAnyPackage(root + ".events..", root + ".facts..", root + ".text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.mongodb..", "org.bson..", "org.h2..", "de.bwaldvogel..", "io.netty..",
                        "org.springframework..", "jakarta.servlet..",
                        "org.axonframework.config..", "org.axonframework.spring..", "org.axonframework.springboot..",
                        "org.axonframework.extensions..", "org.axonframework.eventsourcing..",
                        "org.axonframework.commandhandling..", "org.axonframework.modelling..",
                        root + ".eventstore..", root + ".security..", root + ".command..", root + ".query..",
                        root + ".standalone..")
                .because("shared-events is the contract: records, the catalogue of kinds, their JSON form");
    }

    /**
     * A domain package never reaches into the web: only the HTTP faces (the {@code http} packages, the command
     * side's {@code actions}, the console) and the command line may use what an {@code http} package holds.
     */
    static ArchRule domainApartFromTheWeb(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "..http..", root + ".command.actions..",
                        root + ".query.console..", root + ".standalone..")
                .should().dependOnClassesThat().resideInAPackage(root + "..http..")
                .because("the web is built on the domain, not the other way round");
    }

    /** No main source file over {@code mostLines} lines: small composers, small policies. */
    static ArchRule smallSourceFiles(String root, int mostLines) {
        return classes().that().resideInAPackage(root + "..").and().areTopLevelClasses()
                .should(haveASourceFileOfAtMost(mostLines))
                .because("a class over " + mostLines + " lines is several ideas; split it");
    }

    static ArchCondition<JavaClass> haveASourceFileOfAtMost(int mostLines) {
        return new ArchCondition<>("have a source file of at most " + mostLines + " lines") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<Path> source = sourceFile(type);
                if (source.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + ": its source file was not found"));
                    return;
                }
                long lines = lines(source.get());
                events.add(new SimpleConditionEvent(type, lines <= mostLines,
                        type.getName() + " has " + lines + " lines (" + source.get().getFileName() + ")"));
            }
        };
    }

    /**
     * The source beside the class: {@code <module>/target/classes/a/b/C.class} (or the module's jar in
     * {@code target}) is {@code <module>/src/main/java/a/b/C.java}; test classes are under {@code src/test/java}.
     */
    static Optional<Path> sourceFile(JavaClass type) {
        return type.getSource().flatMap(source -> source.getFileName().flatMap(fileName -> {
            URI uri = source.getUri();
            String location = uri.getScheme().equals("jar") ? uri.getSchemeSpecificPart() : uri.getPath();
            if (location.startsWith("file:")) {
                location = URI.create(location.substring(0, location.indexOf('!'))).getPath();
            }
            String relative = type.getPackageName().replace('.', '/') + "/" + fileName;
            int target = location.lastIndexOf("/target/");
            if (target < 0) {
                return Optional.empty();
            }
            Path module = Path.of(location.substring(0, target));
            String tree = location.substring(target).startsWith("/target/test-classes/") ? "test" : "main";
            Path file = module.resolve("src").resolve(tree).resolve("java").resolve(relative);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }));
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
