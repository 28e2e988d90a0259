package com.tcostudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** import-litellm never leaves the user with less than before, and says what it did. */
class ImportLiteLlmCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = ImportLiteLlmCommandTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aFileWithoutChatModelsIsRefusedAndTheEarlierImportStays(@TempDir Path dir) throws Exception {
        Path june = copy("/catalogue/litellm-model-prices-2026-06-10-trimmed.json", dir);
        Path target = dir.resolve("litellm-import.json");
        assertEquals(0, run("import-litellm", june.toString(), "--out", target.toString(), "--as-of", "2026-06-10"));
        byte[] imported = Files.readAllBytes(target);
        for (String noChat : new String[]{"/catalogue/litellm/embeddings-only.json", "/catalogue/litellm/our-api-models.json"}) {
            Path file = copy(noChat, dir);
            assertEquals(TcoCli.EXIT_BAD_INPUT, run("import-litellm", file.toString(), "--out", target.toString()));
            String message = err.toString().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith(file + ": has no chat model with input and output prices, so nothing was"
                    + " imported"), message);
            assertArrayEquals(imported, Files.readAllBytes(target), "the earlier import is as it was");
        }
    }

    @Test
    void outOnAHandWrittenCatalogueIsRefused(@TempDir Path dir) throws Exception {
        Path june = copy("/catalogue/litellm-model-prices-2026-06-10-trimmed.json", dir);
        Path mine = copy("/catalogue/litellm/our-api-models.json", dir);
        byte[] before = Files.readAllBytes(mine);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("import-litellm", june.toString(), "--out", mine.toString()));
        assertEquals("--out " + mine + ": is not a LiteLLM import of TCO Studio, so it was left as it was; choose another"
                + " file (its description does not say so)", err.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(mine));
    }

    @Test
    void implausiblePricesAreNamedAndASecondImportMerges(@TempDir Path dir) throws Exception {
        Path july = copy("/catalogue/litellm/litellm-2026-07-24-implausible-trimmed.json", dir);
        Path june = copy("/catalogue/litellm-model-prices-2026-06-10-trimmed.json", dir);
        Path target = dir.resolve("litellm-import.json");
        assertEquals(0, run("import-litellm", july.toString(), "--out", target.toString(), "--as-of", "2026-07-24"));
        String report = out.toString();
        assertTrue(report.startsWith("Imported 3 chat models from " + july + " (prices as of 2026-07-24), saved in "
                + target + ": 3 models"), report);
        assertTrue(report.contains("  price above 1,000 USD per million tokens, not plausible: 4\n"), report);
        assertTrue(report.contains("  skipped (price above 1,000 USD per million tokens, not plausible): "
                + "wandb/deepseek-ai/DeepSeek-R1-0528\n"), report);
        // the June file has gpt-4o and claude-sonnet-4-5 too: 146 models, 2 of them updated, GPT-4.5 preview kept
        assertEquals(0, run("import-litellm", june.toString(), "--out", target.toString(), "--as-of", "2026-06-10"));
        assertTrue(out.toString().contains("merged into " + target + ": 144 new, 2 updated, 1 kept from earlier imports"),
                out.toString());
        assertFalse(err.toString().contains("Exception"));
    }
}
