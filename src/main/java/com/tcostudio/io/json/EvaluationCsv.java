package com.tcostudio.io.json;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.SetupResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.StringWriter;

/**
 * The monthly breakdown as CSV: one row per setup and month, categories as columns, then totals.
 * The category columns are named by their keys, the one-time setup cost {@code setupCost}.
 * Numbers are written in full precision with a dot as decimal separator; empty cells where a value
 * does not exist (cost per MTok without tokens, GPU columns of the closed API).
 */
public final class EvaluationCsv {
    private EvaluationCsv() {
    }

    public static String toCsv(Evaluation e) {
        StringWriter w = new StringWriter();
        write(e, w);
        return w.toString();
    }

    public static void write(Evaluation e, Writer out) {
        try {
            StringBuilder header = new StringBuilder("setup,month,inputTokens,outputTokens");
            for (Category c : Category.V1) {
                header.append(',').append(column(c));
            }
            header.append(",total,cumulative,discounted,costPerMTok,replicas,gpus,utilization,idleCapacity,currency\n");
            out.write(header.toString());
            String currency = e.scenario().currency().code();
            for (SetupResult r : e.setups().values()) {
                for (int i = 0; i < e.months(); i++) {
                    StringBuilder row = new StringBuilder();
                    row.append(r.setup().key()).append(',').append(i + 1);
                    cell(row, e.inputTokens(i));
                    cell(row, e.outputTokens(i));
                    for (Category c : Category.V1) {
                        cell(row, r.category(c, i));
                    }
                    cell(row, r.total(i));
                    cell(row, r.cumulative(i));
                    cell(row, r.discounted(i));
                    cell(row, r.costPerMTok(i));
                    boolean self = r.setup().selfHosted();
                    cell(row, self ? r.replicas(i) : Double.NaN);
                    cell(row, self ? r.gpus(i) : Double.NaN);
                    cell(row, self ? r.utilization(i) : Double.NaN);
                    cell(row, self ? r.idleCapacity(i) : Double.NaN);
                    row.append(',').append(currency).append('\n');
                    out.write(row.toString());
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A category's column: its key, except the one-time setup cost, whose key "setup" is already
     * the first column's name (which setup the row is of): two columns of one name break
     * spreadsheets and CSV readers that key rows by header.
     */
    static String column(Category c) {
        return c == Category.SETUP ? "setupCost" : c.key();
    }

    private static void cell(StringBuilder row, double v) {
        row.append(',');
        if (!Double.isNaN(v)) {
            row.append(v);
        }
    }
}
