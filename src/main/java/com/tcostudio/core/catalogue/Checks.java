package com.tcostudio.core.catalogue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules shared by the catalogue records. They mirror the JSON Schemas in
 * {@code pricing-data/schemas}, so that an entry built in code is as valid as one read from a file,
 * and word each rule the way the loader words a schema violation.
 */
final class Checks {
    /** The schemas' id pattern. */
    static final Pattern ID = Pattern.compile(Catalogue.ID_PATTERN);
    /** ISO 3166-1 alpha-2 (EU for the European Union) or {@code global}, as in the schemas. */
    static final Pattern REGION = Pattern.compile("^([A-Z]{2}|global)$");

    /** METHODOLOGY-V2: a deployment gives 1 to 50 operating points. */
    static final int MAX_OPERATING_POINTS = 50;

    static final String ID_RULE = Catalogue.ID_RULE;
    static final String REGION_RULE = "must be a two-letter country code in capitals (EU for the European Union) or global";

    private Checks() {
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidCatalogueEntryException(field, "is required (was null)");
        }
        return value;
    }

    static String id(String field, String value) {
        notNull(field, value);
        if (!ID.matcher(value).matches()) {
            throw new InvalidCatalogueEntryException(field, ID_RULE + " (was \"" + value + "\")");
        }
        return value;
    }

    static String text(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new InvalidCatalogueEntryException(field, "must not be empty (was \"" + value + "\")");
        }
        return value;
    }

    static void atLeast(String field, double value, double min) {
        finite(field, value);
        if (!(value >= min)) {
            throw new InvalidCatalogueEntryException(field, "must be >= " + format(min) + " (was " + format(value) + ")");
        }
    }

    static void above(String field, double value, double min) {
        finite(field, value);
        if (!(value > min)) {
            throw new InvalidCatalogueEntryException(field, "must be > " + format(min) + " (was " + format(value) + ")");
        }
    }

    static void share(String field, double value) {
        finite(field, value);
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidCatalogueEntryException(field, "must be a share between 0 and 1 (was " + format(value) + ")");
        }
    }

    static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new InvalidCatalogueEntryException(field, "must be >= " + min + " (was " + value + ")");
        }
    }

    static void atLeast(String field, OptionalDouble value, double min) {
        notNull(field, value);
        if (value.isPresent()) {
            atLeast(field, value.getAsDouble(), min);
        }
    }

    static void above(String field, OptionalDouble value, double min) {
        notNull(field, value);
        if (value.isPresent()) {
            above(field, value.getAsDouble(), min);
        }
    }

    static void atLeast(String field, OptionalInt value, int min) {
        notNull(field, value);
        if (value.isPresent()) {
            atLeast(field, value.getAsInt(), min);
        }
    }

    static List<String> regions(String field, List<String> regions) {
        notNull(field, regions);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            String region = regions.get(i);
            String at = field + "[" + i + "]";
            notNull(at, region);
            if (!REGION.matcher(region).matches()) {
                throw new InvalidCatalogueEntryException(at, REGION_RULE + " (was \"" + region + "\")");
            }
            if (!seen.add(region)) {
                throw new InvalidCatalogueEntryException(at, "must not repeat a region already listed (was \"" + region + "\")");
            }
        }
        return List.copyOf(regions);
    }

    /** Operating points: at most 50, strictly increasing in output tokens per second per user. */
    static List<MeasuredPoint> operatingPoints(String field, List<MeasuredPoint> points) {
        notNull(field, points);
        if (points.size() > MAX_OPERATING_POINTS) {
            throw new InvalidCatalogueEntryException(field, "must hold at most " + MAX_OPERATING_POINTS
                    + " points (was " + points.size() + ")");
        }
        for (int i = 0; i < points.size(); i++) {
            notNull(field + "[" + i + "]", points.get(i));
            if (i > 0 && !(points.get(i).outputTokensPerSecondPerUser() > points.get(i - 1).outputTokensPerSecondPerUser())) {
                throw new InvalidCatalogueEntryException(field + "[" + i + "].outputTokensPerSecondPerUser",
                        "must be strictly greater than the point before (was "
                                + format(points.get(i).outputTokensPerSecondPerUser()) + " after "
                                + format(points.get(i - 1).outputTokensPerSecondPerUser()) + ")");
            }
        }
        return List.copyOf(points);
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidCatalogueEntryException(field, "must be a finite number (was " + value + ")");
        }
    }

    /** Plain decimal without a trailing ".0", so that messages show the number as the file wrote it. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
