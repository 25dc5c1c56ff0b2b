package io.escalation.testkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The vendor example in docs/testkit.md is exactly the code of {@link AcmePolicyTest}, which the build runs. */
class DocsSnippetTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = from < 0 ? -1 : text.indexOf(end, from + start.length());
        assertTrue(from >= 0 && to > from, "markers " + start + " ... " + end + " not found");
        return text.substring(from + start.length(), to).strip();
    }

    @Test
    void theMarkdownExampleIsTheCompiledSource() throws IOException {
        String source = read(MODULE.resolve("src/test/java/io/escalation/testkit/docs/AcmePolicyTest.java"));
        String markdown = read(MODULE.resolve("../docs/testkit.md"));
        String code = between(source, "// tag::vendor-policy[]", "// end::vendor-policy[]");
        String snippet = between(markdown, "<!-- vendor-policy: escalation-testkit/src/test/java/io/escalation/testkit/docs/"
                + "AcmePolicyTest.java -->\n```java", "```");
        assertEquals(code, snippet);
    }
}
