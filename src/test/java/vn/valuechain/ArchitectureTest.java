package vn.valuechain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Package by feature, with boundaries: a feature ({@code vn.valuechain.<feature>}) keeps its repositories
 * to itself, its web layer talks to services only, features depend only on the features docs/architecture.md
 * allows them (and never in cycles), and the shared infrastructure depends on no feature.
 */
class ArchitectureTest {

    /**
     * The allowed dependencies between features, as docs/architecture.md lists them: a feature not named here uses
     * no other feature. Change both together.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("agency", Set.of("geo")),
            entry("certification", Set.of("chain", "cooperative", "enterprise", "geo", "party", "product")),
            entry("chain", Set.of("cooperative", "enterprise", "geo", "party", "plan", "product")),
            entry("contract", Set.of("chain", "cooperative", "enterprise", "geo", "party", "product")),
            entry("cooperative", Set.of("geo", "plan", "product")),
            entry("dashboard", Set.of("geo", "product")),
            entry("deleted", Set.of("certification", "chain", "contract", "cooperative", "enterprise")),
            entry("deployment", Set.of("agency", "geo")),
            entry(
                    "demo",
                    Set.of(
                            "certification",
                            "chain",
                            "contract",
                            "cooperative",
                            "deployment",
                            "enterprise",
                            "geo",
                            "party",
                            "plan",
                            "product")),
            entry("enterprise", Set.of("geo")),
            entry("home", Set.of("certification", "contract", "dashboard", "demo", "geo", "plan", "progress")),
            entry("notification", Set.of("geo", "plan", "progress", "user")),
            entry("party", Set.of("cooperative", "enterprise")),
            entry("plan", Set.of("agency", "geo")),
            entry("planimport", Set.of("agency", "cooperative", "geo", "plan", "product")),
            entry("progress", Set.of("agency", "geo", "plan")),
            entry("report", Set.of("cooperative", "dashboard", "plan", "progress")),
            entry("user", Set.of("geo")));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.valuechain");
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.valuechain.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every dependency of one feature on another is a declared edge; the message names each undeclared one. */
    @Test
    void featuresDependOnlyOnTheFeaturesTheyAreAllowed() {
        List<String> undeclared = new ArrayList<>();
        for (JavaClass c : classes) {
            String from = feature(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass());
                if (isFeature(from)
                        && isFeature(to)
                        && !to.equals(from)
                        && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    undeclared.add(from + " → " + to + ": " + d.getDescription());
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    /** The list holds no edge the code does not have, so that it stays the map of the code as it is. */
    @Test
    void everyAllowedEdgeIsUsed() {
        Set<String> used = new TreeSet<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                used.add(feature(c) + " → " + feature(d.getTargetClass()));
            }
        }
        Set<String> unused = new TreeSet<>();
        ALLOWED.forEach((from, tos) -> tos.forEach(to -> unused.add(from + " → " + to)));
        unused.removeAll(used);
        assertThat(unused).isEmpty();
    }

    @Test
    void sharedInfrastructureDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.valuechain.shared..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "belong to a feature",
                        (JavaClass c) -> c.getPackageName().startsWith("vn.valuechain.")
                                && !c.getPackageName().startsWith("vn.valuechain.shared")
                                && !c.getPackageName().equals("vn.valuechain")))
                .check(classes);
    }

    @Test
    void webLayersUseServicesNeverRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void aFeaturesRepositoriesAreUsedOnlyInsideThatFeature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(onlyBeUsedInTheirOwnFeature())
                .check(classes);
    }

    @Test
    void controllersLiveInWebPackagesAndArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .andShould()
                .notBePublic()
                .check(classes);
    }

    /** A feature's templates use the layout, the shared fragments and the error pages, or their own folder. */
    @Test
    void templatesIncludeOnlySharedFragmentsOrTheirOwnFeature() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        Pattern include = Pattern.compile("~\\{([\\w/.-]+)");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path template :
                    files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path relative = root.relativize(template);
                String folder =
                        relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                Matcher m = include.matcher(Files.readString(template));
                while (m.find()) {
                    String target = m.group(1);
                    boolean shared =
                            target.equals("layout") || target.startsWith("fragments/") || target.startsWith("error/");
                    if (!shared && !target.startsWith(folder + "/")) {
                        violations.add(relative + " includes " + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static ArchCondition<JavaClass> onlyBeUsedInTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                repository.getAccessesToSelf().stream()
                        .map(access -> access.getOriginOwner())
                        .filter(origin -> !feature(origin).equals(feature))
                        .forEach(origin -> events.add(SimpleConditionEvent.violated(
                                repository,
                                origin.getName() + " uses " + repository.getName() + " of feature " + feature)));
                repository.getDirectDependenciesToSelf().stream()
                        .map(dependency -> dependency.getOriginClass())
                        .filter(origin -> !feature(origin).equals(feature))
                        .forEach(origin -> events.add(SimpleConditionEvent.violated(
                                repository,
                                origin.getName() + " depends on " + repository.getName() + " of feature " + feature)));
            }
        };
    }

    /** The feature a class belongs to; "" for the root package and classes outside the application. */
    private static String feature(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("vn.valuechain.")) {
            return "";
        }
        return name.substring("vn.valuechain.".length()).split("\\.")[0];
    }

    private static boolean isFeature(String feature) {
        return !feature.isEmpty() && !feature.equals("shared");
    }
}
