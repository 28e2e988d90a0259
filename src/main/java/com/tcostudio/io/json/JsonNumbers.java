package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** JSON numbers as the methodology writes them: plain doubles, null where there is no value (NaN). */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    public static void write(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    public static void field(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        write(g, v);
    }
}
