package io.escalation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core's package graph as DESIGN.md draws it. A concept is an API package together with
 * its {@code internal} package; {@code internal.validation} and {@code internal.text} are shared
 * helpers that depend on nothing of ours but the root package (the error types).
 */
class PackageGraphTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.escalation");

    /** The shared helpers; not a concept of their own. */
    private static final Set<String> SHARED = Set.of("validation", "text");

    /** Which concepts each concept may depend on (besides itself, the root and the shared helpers). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "text", Set.of("model"),
            "lifecycle", Set.of("model"),
            "store", Set.of("lifecycle", "model"),
            "routing", Set.of("model", "text"),
            "callback", Set.of("model", "routing", "text"),
            "briefing", Set.of("model", "routing", "text"),
            "json", Set.of("model", "lifecycle"),
            "sla", Set.of("lifecycle", "callback", "model"),
            "desk", Set.of("store", "lifecycle", "routing", "callback", "briefing", "sla", "model", "text"));

    /** The concept of a package: {@code io.escalation.X..} and {@code io.escalation.internal.X..} are X. */
    static String conceptOf(String packageName) {
        if (packageName.equals("io.escalation")) {
            return "root";
        }
        String rest = packageName.substring("io.escalation.".length());
        if (rest.startsWith("internal.")) {
            String inner = rest.substring("internal.".length()).split("\\.")[0];
            return SHARED.contains(inner) ? "shared" : inner;
        }
        return rest.split("\\.")[0];
    }

    private static final SliceAssignment CONCEPTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            return p.startsWith("io.escalation") ? SliceIdentifier.of(conceptOf(p)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "concepts (an API package with its internal package)";
        }
    };

    @Test
    void conceptsHaveNoCycles() {
        slices().assignedFrom(CONCEPTS).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void conceptsDependOnlyWhereTheDesignSays() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (JavaClass c : CORE) {
            String from = conceptOf(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (!target.startsWith("io.escalation")) {
                    continue;
                }
                String to = conceptOf(target);
                if (!to.equals(from) && !to.equals("root") && !to.equals("shared")) {
                    found.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        found.forEach((from, tos) -> {
            Set<String> allowed = from.equals("root") || from.equals("shared") ? Set.of() : ALLOWED.get(from);
            if (allowed == null) {
                wrong.add(from + " is not a concept the design knows");
                return;
            }
            for (String to : tos) {
                if (!allowed.contains(to)) {
                    wrong.add(from + " -> " + to);
                }
            }
        });
        assertEquals(List.of(), wrong, "dependencies outside the design; all found: " + found);
    }

    @Test
    void theSharedHelpersAndTheRootDependOnNothingOfOurs() {
        DescribedPredicate<JavaClass> ours = resideInAPackage("io.escalation..")
                .and(not(resideInAnyPackage("io.escalation", "io.escalation.internal.validation..",
                        "io.escalation.internal.text..")));
        noClasses().that().resideInAnyPackage("io.escalation", "io.escalation.internal.validation..",
                        "io.escalation.internal.text..")
                .should().dependOnClassesThat(ours)
                .because("the error types and the shared helpers sit below every concept")
                .check(CORE);
    }

    @Test
    void aConceptsInternalPackageIsUsedOnlyByThatConcept() {
        for (String concept : List.of("json", "routing", "callback", "briefing", "store", "lifecycle", "sla", "desk")) {
            noClasses().that().resideOutsideOfPackages("io.escalation." + concept + "..",
                            "io.escalation.internal." + concept + "..")
                    .should().dependOnClassesThat().resideInAPackage("io.escalation.internal." + concept + "..")
                    .allowEmptyShould(true)
                    .check(CORE);
        }
    }

    @Test
    void noClassOfAnApiPackageAndItsInternalPackageDependOnEachOther() {
        List<String> pairs = new ArrayList<>();
        for (JavaClass api : CORE) {
            String p = api.getPackageName();
            if (p.contains(".internal")) {
                continue;
            }
            for (Dependency d : api.getDirectDependenciesFromSelf()) {
                JavaClass impl = d.getTargetClass();
                if (!impl.getPackageName().contains(".internal.")
                        || !conceptOf(impl.getPackageName()).equals(conceptOf(p))) {
                    continue;
                }
                boolean back = impl.getDirectDependenciesFromSelf().stream()
                        .anyMatch(b -> outermost(b.getTargetClass()).equals(outermost(api)));
                if (back) {
                    pairs.add(outermost(api).getSimpleName() + " <-> " + outermost(impl).getSimpleName());
                }
            }
        }
        assertEquals(List.of(), pairs.stream().distinct().toList(),
                "an API class and its implementation must not need each other");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass out = c;
        while (out.getEnclosingClass().isPresent()) {
            out = out.getEnclosingClass().get();
        }
        return out;
    }
}
