package com.tcostudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11, items 8 and 9 through the command line: bounded arguments, unhangable files, saves in words. */
class CliInputBoundsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = CliInputBoundsTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Path fifo(Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        return fifo;
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoAsTheScenarioIsRefusedWithoutHanging(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", fifo.toString()));
        assertEquals(fifo + ": (file): is not a regular file (a pipe, device or socket cannot be read as one)",
                err.toString().strip());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoAsTheImportFileIsRefusedWithoutHanging(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("import-litellm", fifo.toString(), "--out", dir.resolve("o.json").toString()));
        assertEquals(fifo + ": (file): is not a regular file (a pipe, device or socket cannot be read as one)",
                err.toString().strip());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLinkToDevZeroIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", link.toString()));
        assertTrue(err.toString().contains("(file): is not a regular file"), err.toString());
    }

    @Test
    void whatIfPointsAreBounded() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", "--default", "--input", "open.hosting.gpuHourly",
                "--low", "0.5", "--high", "20", "--points", "100000000"));
        assertEquals("--points: must be a whole number from 2 to 10,000 (was 100000000)", err.toString().strip());
    }

    @Test
    void whatIfEndsMustBeValuesTheInputCanTake() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", "--default", "--input", "open.hosting.gpuHourly",
                "--low", "0.5", "--high", "1e99"));
        assertEquals("--high: open.hosting.gpuHourly must be from 0 to 1,000 (was 1e99)", err.toString().strip());
    }

    @Test
    void whatIfRefusesNaN() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", "--default", "--input", "open.hosting.gpuHourly",
                "--low", "NaN", "--high", "2"));
        assertTrue(err.toString().startsWith("--low must be below --high"), err.toString());
    }

    @Test
    void aSaveThatFailsNamesTheTargetWithoutAnExceptionClass(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("report.pdf"));
        assertEquals(TcoCli.EXIT_FAILURE, run("report", "--default", "--pdf", folder.toString()));
        assertEquals(folder + ": cannot be saved: it is a folder", err.toString().strip());
    }

    @Test
    void anEscapeInTheFileNeverReachesTheTerminalRaw(@TempDir Path dir) throws Exception {
        Path file = copy("/scenarios/invalid/escape-in-field-name.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", file.toString()));
        String message = err.toString();
        assertFalse(message.chars().anyMatch(c -> c == 0x1B), message);
        assertTrue(message.contains("open.\\u001B[31mbaseFte\\u001B[0m: is not a field of a scenario"), message);
    }

    @Test
    void anAbsurdValueIsRefusedWithExitTwoNotEvaluatedToInfinity(@TempDir Path dir) throws Exception {
        Path file = copy("/scenarios/invalid/absurd-price.json", dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("evaluate", file.toString()));
        assertEquals(file + ": closed.inputPerMTok: must be from 0 to 10,000 (was 1e308)", err.toString().strip());
        assertEquals("", out.toString());
    }
}
