package com.tcostudio.io.json;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.uncertainty.PortfolioSensitivity;
import com.tcostudio.core.uncertainty.PortfolioSimulation;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The uncertainty results as CSV, for spreadsheets and scripts: the per-month bands of a Monte
 * Carlo run ({@code simulate --csv}) and the tornado rows ({@code sensitivity --csv}). Numbers in
 * full precision with a dot as decimal separator; an empty cell where a value does not exist (no
 * break-even).
 */
public final class UncertaintyCsv {
    /** Header of {@link #writeBands}: one row per setup and month. */
    public static final String BANDS_HEADER = "month,setup,p10,p50,p90,mean";
    /** Header of {@link #writeTornado}: one row per uncertain input, largest swing first. */
    public static final String TORNADO_HEADER = "path,low,high,deltaAtLow,deltaAtHigh,breakEvenAtLow,breakEvenAtHigh,baseDelta";

    /** Header of {@link #writePlanBands}: one row per plan and month of a portfolio's simulation. */
    public static final String PLAN_BANDS_HEADER = "month,plan,p10,p50,p90,mean";

    private UncertaintyCsv() {
    }

    /** P10, P50, P90 and mean of each plan's cumulative cost at the end of each month, plan by plan. */
    public static void writePlanBands(PortfolioSimulation r, Writer out) {
        try {
            out.write(PLAN_BANDS_HEADER + "\n");
            for (int p = 0; p < r.planIds().size(); p++) {
                SimulationResult.Bands q = r.bands(p);
                double[][] columns = {q.p10(), q.p50(), q.p90(), q.mean()};
                for (int m = 0; m < r.months(); m++) {
                    StringBuilder row = new StringBuilder().append(m + 1).append(',').append(r.planIds().get(p));
                    for (double[] column : columns) {
                        cell(row, column[m]);
                    }
                    out.write(row.append('\n').toString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tornado rows of plan A against plan B, as {@link #writeTornado} (same header). */
    public static void writePlanTornado(PortfolioSensitivity.Result r, Writer out) {
        try {
            out.write(TORNADO_HEADER + "\n");
            for (PortfolioSensitivity.Bar b : r.bars()) {
                out.write(tornadoRow(b.path(), b.low(), b.high(), b.deltaAtLow(), b.deltaAtHigh(), b.breakEvenAtLow(),
                        b.breakEvenAtHigh(), r.baseDelta()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tornadoRow(String path, double... cells) {
        StringBuilder row = new StringBuilder(path);
        for (double c : cells) {
            cell(row, c);
        }
        return row.append('\n').toString();
    }

    public static String bands(SimulationResult r) {
        StringWriter w = new StringWriter();
        writeBands(r, w);
        return w.toString();
    }

    /** P10, P50, P90 and mean of each setup's cumulative cost at the end of each month, setup by setup. */
    public static void writeBands(SimulationResult r, Writer out) {
        try {
            out.write(BANDS_HEADER + "\n");
            for (Setup s : r.setups()) {
                SimulationResult.Bands q = r.bands(s);
                double[][] columns = {q.p10(), q.p50(), q.p90(), q.mean()};
                for (int m = 0; m < r.months(); m++) {
                    StringBuilder row = new StringBuilder().append(m + 1).append(',').append(s.key());
                    for (double[] column : columns) {
                        cell(row, column[m]);
                    }
                    out.write(row.append('\n').toString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String tornado(Sensitivity.Result r) {
        StringWriter w = new StringWriter();
        writeTornado(r, w);
        return w.toString();
    }

    /**
     * The tornado rows as in the {@code sensitivity} JSON; the base difference is repeated on every
     * row, so that each row alone can be drawn as a bar.
     */
    public static void writeTornado(Sensitivity.Result r, Writer out) {
        try {
            out.write(TORNADO_HEADER + "\n");
            for (Sensitivity.Bar b : r.bars()) {
                out.write(tornadoRow(b.input().path(), b.low(), b.high(), b.deltaAtLow(), b.deltaAtHigh(),
                        b.breakEvenAtLow(), b.breakEvenAtHigh(), r.baseDelta()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(StringBuilder row, double v) {
        row.append(',');
        if (!Double.isNaN(v)) {
            row.append(v);
        }
    }
}
