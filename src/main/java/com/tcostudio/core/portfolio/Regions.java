package com.tcostudio.core.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Region codes where data may be processed: ISO 3166-1 alpha-2 country codes and {@code EU} for
 * EU-wide processing. Codes compare literally (EU does not cover DE), as the methodology says:
 * a provider that promises "EU" has not promised Germany.
 */
public final class Regions {
    /** The code for processing anywhere in the European Union. */
    public static final String EU = "EU";

    private static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            // English names come with java.base, so this needs no locale data module
            names.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        names.put(EU, "European Union");
        NAMES = Collections.unmodifiableMap(names);
    }

    private Regions() {
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** The region's English name, e.g. "United Arab Emirates" for AE. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    /** Every known code with its name, sorted by code. */
    public static Map<String, String> all() {
        return NAMES;
    }

    /** The codes most often asked for in this product's market, first in pickers. */
    public static final List<String> COMMON = List.of("AE", "SA", "QA", "BH", "KW", "OM", EU, "DE", "FR", "GB",
            "CH", "US", "CA", "IN", "SG", "JP", "AU");

    /** Whether two region lists share a code. */
    public static boolean overlap(List<String> a, List<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** Checks a list of region codes: known, not repeated, not empty. */
    static void check(Problems problems, String path, List<String> codes) {
        if (codes.isEmpty()) {
            problems.add(path, "must list at least one region code (leave the field out for no restriction)");
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            if (!isKnown(c)) {
                problems.add(path + "[" + i + "]", "must be an ISO 3166-1 alpha-2 country code such as AE or SA, or EU (was "
                        + (c == null ? "null" : "\"" + c + "\"") + ")");
            } else if (seen.putIfAbsent(c, i) != null) {
                problems.add(path + "[" + i + "]", "repeats " + c);
            }
        }
    }

    static List<String> copy(List<String> codes) {
        // not List.copyOf: a null element must reach check() and be refused in words
        return codes == null ? null : Collections.unmodifiableList(new ArrayList<>(codes));
    }
}
