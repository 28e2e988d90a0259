package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.BreakEvenVolume;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.SetupResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The {@code evaluate} output of METHODOLOGY.md: plain JSON doubles, not rounded; null for a cost
 * per MTok in a month without tokens and for a break-even that does not exist.
 */
public final class EvaluationJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private EvaluationJson() {
    }

    public static String toJson(Evaluation e) {
        StringWriter w = new StringWriter();
        write(e, w);
        return w.toString();
    }

    public static void write(Evaluation e, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("scenario", e.scenario().name());
            g.writeStringField("currency", e.scenario().currency().code());
            g.writeArrayFieldStart("months");
            for (int m = 1; m <= e.months(); m++) {
                g.writeNumber(m);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("setups");
            for (SetupResult r : e.setups().values()) {
                g.writeFieldName(r.setup().key());
                setup(g, r);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("breakEven");
            for (Pair p : Pair.values()) {
                g.writeFieldName(p.key());
                Optional<BreakEven> b = e.breakEven(p);
                if (b.isPresent()) {
                    breakEven(g, b.get());
                } else {
                    g.writeNull();
                }
            }
            g.writeEndObject();
            BreakEvenVolume v = e.breakEvenVolume();
            g.writeObjectFieldStart("breakEvenVolume");
            g.writeFieldName("first");
            JsonNumbers.write(g, v.first());
            g.writeFieldName("sustained");
            JsonNumbers.write(g, v.sustained());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void setup(JsonGenerator g, SetupResult r) throws IOException {
        g.writeStartObject();
        array(g, "total", r.total());
        array(g, "cumulative", r.cumulative());
        array(g, "discounted", r.discounted());
        g.writeFieldName("tco");
        JsonNumbers.write(g, r.tco());
        g.writeFieldName("npv");
        JsonNumbers.write(g, r.npv());
        array(g, "costPerMTok", r.costPerMTok());
        g.writeObjectFieldStart("categories");
        for (Category c : Category.V1) {
            array(g, c.key(), r.category(c));
        }
        g.writeEndObject();
        if (r.setup().selfHosted()) {
            array(g, "replicas", r.replicas());
            array(g, "gpus", r.gpus());
            array(g, "utilization", r.utilization());
            array(g, "idleCapacity", r.idleCapacity());
        }
        g.writeEndObject();
    }

    private static void breakEven(JsonGenerator g, BreakEven b) throws IOException {
        g.writeStartObject();
        breakEvenFields(g, b);
        g.writeEndObject();
    }

    /** The fields of a break-even (month, discountedMonth, crossings), shared with the version 2 output. */
    static void breakEvenFields(JsonGenerator g, BreakEven b) throws IOException {
        g.writeFieldName("month");
        JsonNumbers.write(g, b.month());
        g.writeFieldName("discountedMonth");
        JsonNumbers.write(g, b.discountedMonth());
        g.writeArrayFieldStart("crossings");
        for (BreakEven.Crossing c : b.crossings()) {
            g.writeStartObject();
            g.writeNumberField("month", c.month());
            g.writeBooleanField("aCheaper", c.aCheaper());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void array(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            JsonNumbers.write(g, v);
        }
        g.writeEndArray();
    }
}
