package com.tcostudio.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares two JSON trees; numbers within a relative tolerance (absolute near zero). */
public final class JsonAssert {
    private JsonAssert() {
    }

    public static void assertJsonClose(JsonNode expected, JsonNode actual, double relTol, double absTol) {
        List<String> diffs = new ArrayList<>();
        compare("$", expected, actual, relTol, absTol, diffs);
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " differences, first ones:\n" + String.join("\n", diffs.subList(0, Math.min(20, diffs.size()))));
        }
    }

    private static void compare(String path, JsonNode e, JsonNode a, double relTol, double absTol, List<String> diffs) {
        if (a == null || a.isMissingNode()) {
            diffs.add(path + ": missing, expected " + e);
            return;
        }
        if (e.isNumber() && a.isNumber()) {
            double x = e.doubleValue();
            double y = a.doubleValue();
            if (Math.abs(x - y) > Math.max(absTol, relTol * Math.max(Math.abs(x), Math.abs(y)))) {
                diffs.add(path + ": expected " + x + " but was " + y);
            }
            return;
        }
        if (e.getNodeType() != a.getNodeType()) {
            diffs.add(path + ": expected " + e + " but was " + a);
            return;
        }
        if (e.isObject()) {
            Iterator<String> names = e.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                compare(path + "." + n, e.get(n), a.get(n), relTol, absTol, diffs);
            }
            a.fieldNames().forEachRemaining(n -> {
                if (!e.has(n)) {
                    diffs.add(path + "." + n + ": unexpected field");
                }
            });
        } else if (e.isArray()) {
            if (e.size() != a.size()) {
                diffs.add(path + ": expected " + e.size() + " elements but was " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), relTol, absTol, diffs);
            }
        } else if (!e.equals(a)) {
            diffs.add(path + ": expected " + e + " but was " + a);
        }
    }
}
