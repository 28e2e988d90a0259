package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.engine.Recommendation;
import com.tcostudio.core.engine.RecommendedPlan;
import com.tcostudio.core.portfolio.Route;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The {@code recommend} output (METHODOLOGY-V2): whether the search was exhaustive, how many
 * assignments were costed and how many are feasible, and the cheapest plans with routes written as
 * a scenario file writes them (no share: each workload goes wholly to its target), ready to paste
 * into the file's {@code plans}.
 */
public final class RecommendationJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RecommendationJson() {
    }

    public static String toJson(Recommendation r) {
        StringWriter w = new StringWriter();
        write(r, w);
        return w.toString();
    }

    public static void write(Recommendation r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeBooleanField("exhaustive", r.exhaustive());
            g.writeNumberField("assignments", r.assignments());
            g.writeNumberField("feasible", r.feasible());
            g.writeArrayFieldStart("plans");
            for (RecommendedPlan p : r.plans()) {
                g.writeStartObject();
                JsonNumbers.field(g, "tco", p.tco());
                JsonNumbers.field(g, "npv", p.npv());
                g.writeArrayFieldStart("routes");
                for (Route route : p.routes()) {
                    g.writeStartObject();
                    g.writeStringField("workload", route.workload());
                    g.writeStringField("to", route.to());
                    if (route.hasOverflow()) {
                        g.writeStringField("overflow", route.overflow());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
