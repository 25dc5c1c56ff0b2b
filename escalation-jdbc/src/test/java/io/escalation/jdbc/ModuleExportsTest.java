package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports its API package only and requires only the JDBC API, the core and SLF4J. */
class ModuleExportsTest {

    private static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsExactlyTheApiPackage() throws Exception {
        ModuleDescriptor d = descriptor();
        assertEquals("io.escalation.jdbc", d.name());
        assertEquals(Set.of("io.escalation.jdbc"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of(), d.opens());
        try (Stream<Path> files = Files.walk(Path.of("target/classes/io/escalation"))) {
            Set<String> packages = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> Path.of("target/classes").relativize(p.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(Set.of("io.escalation.jdbc", "io.escalation.jdbc.internal")), packages,
                    "classes live in the API package or in internal");
        }
    }

    @Test
    void requiresOnlyTheJdbcApiTheCoreAndSlf4j() throws Exception {
        Set<String> required = descriptor().requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("java.sql", "io.escalation.core", "org.slf4j")), required);
    }
}
