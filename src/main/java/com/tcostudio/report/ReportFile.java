package com.tcostudio.report;

import com.tcostudio.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** A generated document (PDF report, workbook): written to a stream, as bytes, or saved atomically. */
public interface ReportFile {
    void write(OutputStream out) throws IOException;

    default byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes);
        return bytes.toByteArray();
    }

    /** Saves atomically: a failed export leaves any earlier file as it was. */
    default void write(Path out) throws IOException {
        AtomicFiles.write(out, toBytes());
    }
}
