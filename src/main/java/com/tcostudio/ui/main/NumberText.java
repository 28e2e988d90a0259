package com.tcostudio.ui.main;

import com.tcostudio.core.model.Scenario;

import java.util.OptionalDouble;

/**
 * Numbers as typed into a field: plain ("2500000000"), with thousands separators ("2,500,000,000"
 * or "2 500 000 000"), in exponent form ("2.5e9") or with a k/M/bn suffix ("2.5bn"). Empty text is
 * "no value". The decimal separator is the dot, as in the scenario files.
 */
public final class NumberText {
    private NumberText() {
    }

    public static OptionalDouble parse(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace(" ", "").replace("_", "");
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        double scale = 1;
        String lower = t.toLowerCase();
        if (lower.endsWith("bn")) {
            scale = 1e9;
            t = t.substring(0, t.length() - 2);
        } else if (lower.endsWith("k")) {
            scale = 1e3;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            scale = 1e6;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t) * scale);
        } catch (NumberFormatException e) {
            return OptionalDouble.of(Double.NaN);
        }
    }

    /** The text a field shows for a value: exact, without exponent for ordinary sizes. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        String plain = Scenario.format(value);
        // whole numbers of five digits or more get thousands separators: 8,000,000,000 reads at a glance
        if (value == Math.rint(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e18) {
            return String.format(java.util.Locale.US, "%,d", (long) value);
        }
        return plain;
    }
}
