package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.compare.VendorComparison;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The {@code compare} output: one object per option, in the order given (cheapest first). */
public final class ComparisonJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ComparisonJson() {
    }

    public static String toJson(List<VendorComparison.Option> options) {
        StringWriter w = new StringWriter();
        write(options, w);
        return w.toString();
    }

    public static void write(List<VendorComparison.Option> options, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (VendorComparison.Option o : options) {
                g.writeStartObject();
                g.writeStringField("option", o.id());
                g.writeStringField("kind", o.kind().name().toLowerCase(Locale.ROOT));
                JsonNumbers.field(g, "tco", o.tco());
                JsonNumbers.field(g, "npv", o.npv());
                JsonNumbers.field(g, "costPerMTok", o.costPerMTok());
                JsonNumbers.field(g, "breakEvenMonth", o.breakEvenVsScenarioApi());
                JsonNumbers.field(g, "quality", o.quality());
                JsonNumbers.field(g, "costPerQualityPoint", o.costPerQualityPoint());
                g.writeStringField("basis", o.basis().label());
                g.writeBooleanField("priceOnRequest", o.priceOnRequest());
                g.writeArrayFieldStart("residency");
                for (String r : o.residency()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeStringField("asOf", o.asOf().toString());
                g.writeStringField("description", o.description());
                if (!o.usable()) {
                    g.writeStringField("problem", o.problem());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
