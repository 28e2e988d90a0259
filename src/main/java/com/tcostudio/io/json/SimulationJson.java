package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.uncertainty.SimulationResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The {@code simulate} output of METHODOLOGY.md. */
public final class SimulationJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SimulationJson() {
    }

    public static String toJson(SimulationResult r) {
        StringWriter w = new StringWriter();
        write(r, w);
        return w.toString();
    }

    public static void write(SimulationResult r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("samples", r.samples());
            g.writeNumberField("seed", r.seed());
            g.writeObjectFieldStart("setups");
            for (Setup s : r.setups()) {
                g.writeObjectFieldStart(s.key());
                summary(g, "tco", r.tco(s));
                summary(g, "npv", r.npv(s));
                g.writeObjectFieldStart("cumulative");
                // the bands selection of the run, never a sort per month: their means are the bands' means
                SimulationResult.Bands q = r.bands(s);
                double[][] columns = {q.p10(), q.p50(), q.p90(), q.mean()};
                String[] names = {"p10", "p50", "p90", "mean"};
                for (int c = 0; c < names.length; c++) {
                    g.writeArrayFieldStart(names[c]);
                    for (double v : columns[c]) {
                        g.writeNumber(v);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("probabilityCheaperThanClosed");
            g.writeNumberField("open", r.probabilityCheaperThanClosed(Setup.OPEN));
            g.writeFieldName("hybrid");
            if (r.setups().contains(Setup.HYBRID)) {
                g.writeNumber(r.probabilityCheaperThanClosed(Setup.HYBRID));
            } else {
                g.writeNull();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("breakEvenMonth");
            SimulationResult.Summary be = r.breakEvenMonth();
            for (String f : new String[]{"p10", "p50", "p90"}) {
                g.writeFieldName(f);
                if (be == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(f.equals("p10") ? be.p10() : f.equals("p50") ? be.p50() : be.p90());
                }
            }
            g.writeNumberField("noneShare", r.noBreakEvenShare());
            g.writeEndObject();
            g.writeObjectFieldStart("clippedShare");
            for (int k = 0; k < r.uncertainInputs().size(); k++) {
                g.writeNumberField(r.uncertainInputs().get(k).path(), r.clippedShare(k));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {"p10", "p50", "p90", "mean"} of one output; shared with the portfolio simulation's JSON. */
    static void summary(JsonGenerator g, String name, SimulationResult.Summary s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("p10", s.p10());
        g.writeNumberField("p50", s.p50());
        g.writeNumberField("p90", s.p90());
        g.writeNumberField("mean", s.mean());
        g.writeEndObject();
    }
}
