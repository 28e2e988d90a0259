package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.model.Input;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.OptionalDouble;

/**
 * The {@code whatif} output: the input searched, its range, the value at which self-hosting and
 * the closed API cost the same (null when none in the range), and the curve of the difference.
 */
public final class WhatIfJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private WhatIfJson() {
    }

    /** @param curve pairs {value, TCO(self-hosted) - TCO(closed API)} as {@code WhatIf.curve} gives them */
    public static String toJson(Input input, double low, double high, OptionalDouble value, double[][] curve) {
        StringWriter w = new StringWriter();
        write(input, low, high, value, curve, w);
        return w.toString();
    }

    public static void write(Input input, double low, double high, OptionalDouble value, double[][] curve, Writer out) {
        write(input.path(), null, null, low, high, value, curve, out);
    }

    /**
     * The what-if of a portfolio: the value of the field at {@code path} where plan A and plan B
     * cost the same, and {@code tco(A) - tco(B)} across the range.
     */
    public static void writePlans(String path, String planA, String planB, double low, double high, OptionalDouble value,
                                  double[][] curve, Writer out) {
        write(path, planA, planB, low, high, value, curve, out);
    }

    private static void write(String path, String planA, String planB, double low, double high, OptionalDouble value,
                              double[][] curve, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("input", path);
            if (planA != null) {
                g.writeStringField("plan", planA);
                g.writeStringField("against", planB);
            }
            g.writeNumberField("low", low);
            g.writeNumberField("high", high);
            JsonNumbers.field(g, "value", value.orElse(Double.NaN));
            g.writeArrayFieldStart("curve");
            for (double[] p : curve) {
                g.writeStartObject();
                g.writeNumberField("value", p[0]);
                g.writeNumberField("delta", p[1]);
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
