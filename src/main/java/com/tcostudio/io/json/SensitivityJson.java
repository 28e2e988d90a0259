package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.uncertainty.Sensitivity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The {@code sensitivity} output: the base difference and one object per uncertain input, largest swing first. */
public final class SensitivityJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SensitivityJson() {
    }

    public static String toJson(Sensitivity.Result r) {
        StringWriter w = new StringWriter();
        write(r, w);
        return w.toString();
    }

    public static void write(Sensitivity.Result r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("baseDelta", r.baseDelta());
            g.writeArrayFieldStart("inputs");
            for (Sensitivity.Bar b : r.bars()) {
                g.writeStartObject();
                g.writeStringField("path", b.input().path());
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
