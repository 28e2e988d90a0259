package com.tcostudio.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11, item 9: saves are forced to disk, clean up after a killed save, and fail in words. */
class AtomicFilesTest {
    @Test
    void aSaveReplacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.tco");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");
        assertEquals("second", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theNextSaveRemovesTemporaryFilesAKilledSaveLeftOfTheSameTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.tco");
        Instant old = Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60);
        Path stale = touch(dir.resolve(".plan.tco.123456789.tmp"), old);
        Path running = touch(dir.resolve(".plan.tco.987654321.tmp"), Instant.now());
        Path otherTarget = touch(dir.resolve(".other.tco.123456789.tmp"), old);
        Path notOurs = touch(dir.resolve(".plan.tco.notes.tmp"), old);
        AtomicFiles.writeString(target, "saved");
        assertFalse(Files.exists(stale), "a stale temporary file of this target is removed");
        assertTrue(Files.exists(running), "a fresh one may be another window's save in progress");
        assertTrue(Files.exists(otherTarget), "another target's files are left to its own saves");
        assertTrue(Files.exists(notOurs), "only names our saves make are touched");
    }

    @Test
    void aFailedSaveNamesTheTargetAndTheReasonNeverTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("report.pdf"));
        AtomicFiles.SaveException e = assertThrows(AtomicFiles.SaveException.class,
                () -> AtomicFiles.writeString(target, "x"));
        assertEquals(target + ": cannot be saved: it is a folder", e.getMessage());
        assertEquals(target, e.target());
    }

    @Test
    void aSaveIntoAFileTakenForAFolderFailsInWords(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = notAFolder.resolve("plan.tco");
        AtomicFiles.SaveException e = assertThrows(AtomicFiles.SaveException.class,
                () -> AtomicFiles.writeString(target, "x"));
        assertEquals(target + ": cannot be saved: its folder " + notAFolder + " is a file", e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"));
    }

    private static Path touch(Path file, Instant modified) throws Exception {
        Files.writeString(file, "partial");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
