package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.uncertainty.PortfolioSensitivity;
import com.tcostudio.core.uncertainty.PortfolioSimulation;
import com.tcostudio.core.uncertainty.SimulationResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code simulate} and {@code sensitivity} outputs for version 2 (METHODOLOGY-V2, "simulate for
 * version 2"): per plan, in the file's order, v1's summaries of {@code tco}, {@code npv} and the
 * cumulative cost of every month; the probability of being the cheapest plan and of being cheaper
 * than the baseline; the break-even month against the baseline; the clipped shares. Plain doubles,
 * null where a value does not exist (no break-even).
 */
public final class PortfolioSimulationJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String[] PERCENTILES = {"p10", "p50", "p90", "mean"};

    private PortfolioSimulationJson() {
    }

    public static String toJson(Portfolio p, PortfolioSimulation r) {
        StringWriter w = new StringWriter();
        write(p, r, w);
        return w.toString();
    }

    public static void write(Portfolio p, PortfolioSimulation r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 2);
            g.writeStringField("scenario", p.name());
            g.writeStringField("currency", p.currency().code());
            g.writeNumberField("samples", r.samples());
            g.writeNumberField("seed", r.seed());
            List<String> ids = r.planIds();
            g.writeObjectFieldStart("plans");
            for (int i = 0; i < ids.size(); i++) {
                g.writeObjectFieldStart(ids.get(i));
                SimulationJson.summary(g, "tco", r.tco(i));
                SimulationJson.summary(g, "npv", r.npv(i));
                SimulationResult.Bands b = r.bands(i);
                g.writeObjectFieldStart("cumulative");
                double[][] columns = {b.p10(), b.p50(), b.p90(), b.mean()};
                for (int c = 0; c < PERCENTILES.length; c++) {
                    g.writeArrayFieldStart(PERCENTILES[c]);
                    for (double v : columns[c]) {
                        g.writeNumber(v);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("probabilityCheapest");
            for (int i = 0; i < ids.size(); i++) {
                g.writeNumberField(ids.get(i), r.probabilityCheapest(i));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("probabilityCheaperThanBaseline");
            for (int i = 1; i < ids.size(); i++) {
                g.writeNumberField(ids.get(i), r.probabilityCheaperThanBaseline(i));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("breakEvenMonth");
            for (int i = 1; i < ids.size(); i++) {
                g.writeObjectFieldStart(ids.get(i));
                SimulationResult.Summary be = r.breakEvenMonth(i);
                JsonNumbers.field(g, "p10", be == null ? Double.NaN : be.p10());
                JsonNumbers.field(g, "p50", be == null ? Double.NaN : be.p50());
                JsonNumbers.field(g, "p90", be == null ? Double.NaN : be.p90());
                g.writeNumberField("noneShare", r.noBreakEvenShare(i));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("clippedShare");
            for (int k = 0; k < r.paths().size(); k++) {
                g.writeNumberField(r.paths().get(k), r.clippedShare(k));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tornado of plan A against plan B: v1's {@code sensitivity} fields with the plans named. */
    public static void writeSensitivity(Portfolio p, PortfolioSensitivity.Result r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 2);
            g.writeStringField("plan", p.plans().get(r.planA()).id());
            g.writeStringField("against", p.plans().get(r.planB()).id());
            g.writeNumberField("baseDelta", r.baseDelta());
            JsonNumbers.field(g, "baseBreakEven", r.baseBreakEven());
            g.writeArrayFieldStart("inputs");
            for (PortfolioSensitivity.Bar b : r.bars()) {
                g.writeStartObject();
                g.writeStringField("path", b.path());
                g.writeNumberField("low", b.low());
                g.writeNumberField("high", b.high());
                g.writeNumberField("deltaAtLow", b.deltaAtLow());
                g.writeNumberField("deltaAtHigh", b.deltaAtHigh());
                JsonNumbers.field(g, "breakEvenAtLow", b.breakEvenAtLow());
                JsonNumbers.field(g, "breakEvenAtHigh", b.breakEvenAtHigh());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
