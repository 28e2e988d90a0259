package com.tcostudio.core.catalogue;

/**
 * Something wrong with the catalogue files, met while loading them. Loading goes on past every
 * problem, so the user sees all of them at once and every sound entry still loads; what the
 * problem cost (a skipped file, a skipped entry, an entry replaced) is said in {@code rule}.
 *
 * @param file  the file, as the user can find it: the file name for a shipped file, the path for
 *              a user file
 * @param entry the entry's id, or {@code #index} (counted from 0, as in JSON paths) when it has no
 *              usable id; null when the whole file is at fault
 * @param field the field's JSON path within the entry (or within the file when {@code entry} is
 *              null), e.g. {@code regions[1]}; null when no single field is at fault
 * @param rule  the rule broken, in words, with the value found, e.g. {@code must be >= 0 (was -1)}
 */
public record CatalogueProblem(String file, String entry, String field, String rule) {
    public CatalogueProblem {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file: must name the file at fault (was " + quote(file) + ")");
        }
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule: must say what is wrong (was " + quote(rule) + ")");
        }
        if (entry != null && entry.isBlank()) {
            throw new IllegalArgumentException("entry: must be null or an id or #index (was \"\")");
        }
        if (field != null && field.isBlank()) {
            throw new IllegalArgumentException("field: must be null or a path (was \"\")");
        }
    }

    /** A problem of the file as a whole, e.g. malformed JSON. */
    public static CatalogueProblem ofFile(String file, String rule) {
        return new CatalogueProblem(file, null, null, rule);
    }

    /** True when the problem concerns one entry rather than the whole file. */
    public boolean isEntryProblem() {
        return entry != null;
    }

    /**
     * One line for logs and the problems pane, e.g.
     * {@code gpu-offers.json: entry 'aws/h100/on-demand': hourlyPerGpu: must be >= 0 (was -1)}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(": ");
        if (entry != null) {
            sb.append("entry ").append(entry.startsWith("#") ? entry : "'" + entry + "'").append(": ");
        }
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(rule).toString();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
