package com.tcostudio.io;

import com.tcostudio.core.model.UserText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Saves that never leave a half-written file, even across a power cut: the content goes to a
 * temporary file {@code .NAME.<digits>.tmp} in the target's folder (same file system, so the move
 * is a rename), is forced to the disk, then replaces the target; the folder is forced too, so the
 * rename itself survives a crash.
 *
 * <p>A save killed half-way leaves its temporary file behind. The next save of the same target
 * deletes those of its own name older than {@link #STALE_AFTER}; younger ones may belong to a
 * save still running in another window.
 *
 * <p>A failed save throws {@link SaveException}, whose message names the target (never the
 * temporary file) and the reason in words.
 */
public final class AtomicFiles {
    /**
     * A save takes milliseconds; a temporary file a minute old is one whose save died (a kill, a
     * crash, a power cut).
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private AtomicFiles() {
    }

    /** A save that failed; the message is "TARGET: cannot be saved: reason". */
    public static final class SaveException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path target;

        SaveException(Path target, String reason, Throwable cause) {
            super(UserText.clean(target.toString()) + ": cannot be saved: " + reason, cause);
            this.target = target;
        }

        public Path target() {
            return target;
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new SaveException(target, "it is a folder", null);
            }
            for (Path up = dir; up != null; up = up.getParent()) {
                if (Files.exists(up) && !Files.isDirectory(up)) {
                    throw new SaveException(target, "its folder " + UserText.clean(up.toString()) + " is a file", null);
                }
            }
            Files.createDirectories(dir);
            removeStale(dir, absolute.getFileName().toString(), Instant.now());
            tmp = Files.createTempFile(dir, prefix(absolute.getFileName().toString()), ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // data and metadata on the disk before the rename makes them the target
                channel.force(true);
            }
            keepPermissions(absolute, tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } catch (SaveException e) {
            throw e;
        } catch (IOException e) {
            throw new SaveException(target, reason(e, tmp), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the next save of this target removes it once stale
                }
            }
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The prefix of this target's temporary files: {@code .NAME.} */
    static String prefix(String name) {
        return "." + name + ".";
    }

    /**
     * Deletes this target's temporary files last modified before {@code now - STALE_AFTER}.
     * Failing to delete one is no reason to fail the save.
     */
    static void removeStale(Path dir, String name, Instant now) {
        Pattern own = Pattern.compile(Pattern.quote(prefix(name)) + "\\d+\\.tmp");
        FileTime before = FileTime.from(now.minus(STALE_AFTER));
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, p -> own.matcher(p.getFileName().toString()).matches())) {
            for (Path stale : stream) {
                try {
                    if (Files.isRegularFile(stale) && Files.getLastModifiedTime(stale).compareTo(before) < 0) {
                        Files.deleteIfExists(stale);
                    }
                } catch (IOException e) {
                    // left for a later save
                }
            }
        } catch (IOException e) {
            // an unreadable folder fails the save itself a moment later, with its reason
        }
    }

    /**
     * Forces the folder so that the rename is on the disk. Linux and macOS allow opening a folder
     * for this; where the system does not (Windows), the rename is as durable as it makes it.
     */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here: nothing more can be done
        }
    }

    /** Why the save failed, in words, about the target: the temporary file is our business. */
    static String reason(IOException e, Path tmp) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (the folder or the file is not writable)";
        }
        String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the system refused to write it";
        }
        if (tmp != null) {
            reason = reason.replace(tmp.toString(), "the file").replace(tmp.getFileName().toString(), "the file");
        }
        return UserText.clean(reason);
    }

    /**
     * A temporary file is private (rw-------); the saved file keeps the permissions of the file it
     * replaces, or gets the usual rw-r--r-- when new, so a saved report can be shared as before.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
