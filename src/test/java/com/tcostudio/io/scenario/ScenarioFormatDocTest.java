package com.tcostudio.io.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScenarioFormatDocTest {
    /** Regenerate with: mvn -q test -Dtest=ScenarioFormatDocTest -Dregenerate=true */
    @Test
    void theDocumentedFormatIsTheOneTheReaderAccepts() throws Exception {
        Path doc = Path.of("docs/scenario-format.md");
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(doc, ScenarioFormatDoc.markdown());
        }
        assertEquals(ScenarioFormatDoc.markdown(), Files.readString(doc),
                "docs/scenario-format.md is out of date: regenerate it (see this test's comment)");
    }
}
