package com.tcostudio.io.json;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * A portfolio's monthly breakdown as CSV: one row per plan and month (plans in file order), every
 * category as a column, then the totals, GPUs, idle capacity and feasibility; or, by workload, one
 * row per plan, workload and month with what the workload costs in the plan (its attribution, which
 * sums to the plan's total). Full precision, dot as decimal separator, an empty cell where a value
 * does not exist (cost per MTok without tokens).
 */
public final class PortfolioCsv {
    private PortfolioCsv() {
    }

    public static String toCsv(PortfolioEvaluation e) {
        StringWriter w = new StringWriter();
        write(e, w);
        return w.toString();
    }

    public static void write(PortfolioEvaluation e, Writer out) {
        try {
            StringBuilder header = new StringBuilder("plan,month,inputTokens,outputTokens");
            for (Category c : Category.values()) {
                header.append(',').append(c.key());
            }
            header.append(",total,cumulative,discounted,costPerMTok,gpus,idleCapacity,feasible,currency\n");
            out.write(header.toString());
            String currency = e.portfolio().currency().code();
            for (PlanResult p : e.plans()) {
                for (int i = 0; i < e.months(); i++) {
                    StringBuilder row = new StringBuilder(p.planId()).append(',').append(i + 1);
                    cell(row, e.inputTokens()[i]);
                    cell(row, e.outputTokens()[i]);
                    for (Category c : Category.values()) {
                        cell(row, p.category(c)[i]);
                    }
                    cell(row, p.total()[i]);
                    cell(row, p.cumulative()[i]);
                    cell(row, p.discounted()[i]);
                    cell(row, p.costPerMTok()[i]);
                    cell(row, p.gpus()[i]);
                    cell(row, p.idleCapacity()[i]);
                    row.append(',').append(p.feasible()).append(',').append(currency).append('\n');
                    out.write(row.toString());
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static String toCsvByWorkload(PortfolioEvaluation e) {
        StringWriter w = new StringWriter();
        writeByWorkload(e, w);
        return w.toString();
    }

    public static void writeByWorkload(PortfolioEvaluation e, Writer out) {
        try {
            out.write("plan,workload,month,cost,planTotal,currency\n");
            String currency = e.portfolio().currency().code();
            for (PlanResult p : e.plans()) {
                for (Map.Entry<String, double[]> w : p.byWorkload().entrySet()) {
                    for (int i = 0; i < e.months(); i++) {
                        StringBuilder row = new StringBuilder(p.planId()).append(',').append(w.getKey()).append(',').append(i + 1);
                        cell(row, w.getValue()[i]);
                        cell(row, p.total()[i]);
                        row.append(',').append(currency).append('\n');
                        out.write(row.toString());
                    }
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void cell(StringBuilder row, double v) {
        row.append(',');
        if (!Double.isNaN(v)) {
            row.append(v);
        }
    }
}
