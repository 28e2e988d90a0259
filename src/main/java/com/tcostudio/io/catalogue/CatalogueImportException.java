package com.tcostudio.io.catalogue;

/**
 * A price file that cannot be imported at all (unreadable, malformed, not the expected shape).
 * The message names the file and, for malformed JSON, the line and column. Entries that merely
 * cannot be used are not exceptions: an import skips them and reports them in its result.
 */
public final class CatalogueImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    /**
     * @param line   1-based line of the fault, or 0 when the fault has no position
     * @param column 1-based column of the fault, or 0 when the fault has no position
     * @param rule   what is wrong, in words
     */
    public CatalogueImportException(String file, int line, int column, String rule, Throwable cause) {
        super(file + ": " + rule + (line > 0 ? " (at line " + line + ", column " + column + ")" : ""), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public CatalogueImportException(String file, String rule) {
        this(file, 0, 0, rule, null);
    }

    public String file() {
        return file;
    }

    /** 1-based line of the fault; 0 when it has no position. */
    public int line() {
        return line;
    }

    /** 1-based column of the fault; 0 when it has no position. */
    public int column() {
        return column;
    }
}
