package com.tcostudio.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 11, item 8: files that would hang or exhaust memory are refused unopened. */
class BoundedFilesTest {
    @Test
    void aRegularFileIsReadWhole(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{}");
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), BoundedFiles.read(file));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        BoundedFiles.UnreadableFileException e = assertThrows(BoundedFiles.UnreadableFileException.class,
                () -> BoundedFiles.read(fifo));
        assertEquals("is not a regular file (a pipe, device or socket cannot be read as one)", e.getMessage());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aSymbolicLinkToDevZeroIsRefusedLikeTheDevice(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        BoundedFiles.UnreadableFileException e = assertThrows(BoundedFiles.UnreadableFileException.class,
                () -> BoundedFiles.read(link));
        assertEquals("is not a regular file (a pipe, device or socket cannot be read as one)", e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            // sparse: 64 MiB + 1 byte on the file system costs nothing, and is one byte too many
            f.setLength(BoundedFiles.MAX_BYTES + 1);
        }
        BoundedFiles.UnreadableFileException e = assertThrows(BoundedFiles.UnreadableFileException.class,
                () -> BoundedFiles.read(big));
        assertEquals("is larger than 64 MiB, the most TCO Studio reads", e.getMessage());
    }

    @Test
    void theLimitIsExact(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ten.json"), "0123456789");
        assertEquals(10, BoundedFiles.read(file, 10).length);
        assertEquals("is larger than 9 bytes, the most TCO Studio reads",
                assertThrows(BoundedFiles.UnreadableFileException.class, () -> BoundedFiles.read(file, 9)).getMessage());
    }

    @Test
    void aFolderAndAMissingFileAreNamedAsSuch(@TempDir Path dir) {
        assertEquals("is a folder, not a file",
                assertThrows(BoundedFiles.UnreadableFileException.class, () -> BoundedFiles.read(dir)).getMessage());
        assertEquals("does not exist", assertThrows(BoundedFiles.UnreadableFileException.class,
                () -> BoundedFiles.read(dir.resolve("nope.json"))).getMessage());
    }
}
