package com.tcostudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file the user named, refusing what would hang or exhaust memory: a FIFO (opening it
 * blocks until a writer comes), a device such as {@code /dev/zero} (endless) or any other file
 * that is not a regular one, and files over {@link #MAX_BYTES}. Symbolic links are followed, so
 * a link to {@code /dev/zero} is refused like the device itself.
 */
public final class BoundedFiles {
    /**
     * 64 MiB: the largest input we read. LiteLLM's full price list is about 1 MiB and a scenario a
     * few KiB, so this is far above any real file and far below what would strain the heap.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private BoundedFiles() {
    }

    /** A file that cannot be read; the message is the reason in words, without the file's name. */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String reason) {
            super(reason);
        }
    }

    /** The whole content of a regular file of at most {@link #MAX_BYTES}. */
    public static byte[] read(Path file) throws UnreadableFileException {
        return read(file, MAX_BYTES);
    }

    /** The whole content of a regular file of at most {@code maxBytes}. */
    public static byte[] read(Path file, long maxBytes) throws UnreadableFileException {
        check(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            // the size was checked above, but a file may grow while it is read: never take more than the limit
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableFileException(tooLarge(maxBytes));
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableFileException(reason(e));
        }
    }

    /**
     * Refuses, without opening it, a path that does not exist, is a directory or another
     * non-regular file, or is larger than {@code maxBytes}.
     */
    public static void check(Path file, long maxBytes) throws UnreadableFileException {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableFileException("does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException("is not a regular file (a pipe, device or socket cannot be read as one)");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw new UnreadableFileException(tooLarge(maxBytes));
            }
        } catch (IOException e) {
            throw new UnreadableFileException(reason(e));
        }
    }

    private static String tooLarge(long maxBytes) {
        return "is larger than " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes + " bytes")
                + ", the most TCO Studio reads";
    }

    /** Why reading failed, in words: the exception's own text names paths and classes. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        return "cannot be read (an input/output error of the system)";
    }
}
