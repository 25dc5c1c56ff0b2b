package io.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports exactly the API packages; implementation stays in {@code internal}. */
class ModuleExportsTest {

    private static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsExactlyTheApiPackages() throws Exception {
        Set<String> exported = descriptor().exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("io.escalation", "io.escalation.model", "io.escalation.json",
                "io.escalation.lifecycle", "io.escalation.store", "io.escalation.desk", "io.escalation.text", "io.escalation.routing",
                "io.escalation.routing.spi", "io.escalation.sla", "io.escalation.callback",
                "io.escalation.briefing")), exported);
    }

    @Test
    void noInternalPackageIsExported() throws Exception {
        for (ModuleDescriptor.Exports e : descriptor().exports()) {
            assertTrue(!e.source().contains(".internal"), e.source() + " must not be exported");
        }
    }

    @Test
    void everyPackageIsEitherExportedOrInternal() throws Exception {
        ModuleDescriptor d = descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(Path.of("target/classes/io/escalation"))) {
            Set<String> packages = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> Path.of("target/classes").relativize(p.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String pkg : packages) {
                assertTrue(exported.contains(pkg) || pkg.contains(".internal"),
                        pkg + " is neither exported nor internal");
            }
        }
    }

    @Test
    void coreRequiresOnlyJacksonJakartaValidationAndSlf4j() throws Exception {
        Set<String> required = descriptor().requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("tools.jackson.databind", "jakarta.validation", "org.slf4j")), required,
                "the model's constraints are evaluated by the SDK itself; no validation provider runs");
    }
}
