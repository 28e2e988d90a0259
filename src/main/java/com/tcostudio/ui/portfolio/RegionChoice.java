package com.tcostudio.ui.portfolio;

import com.tcostudio.core.portfolio.Regions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A region code with its name, as a picker lists it: "AE  United Arab Emirates". */
public record RegionChoice(String code, String name) {

    /** Every region, those most asked for in this market first (the Gulf, the EU, the US...), then the rest by code. */
    public static List<RegionChoice> all() {
        Set<String> codes = new LinkedHashSet<>(Regions.COMMON);
        codes.addAll(Regions.all().keySet());
        List<RegionChoice> list = new ArrayList<>();
        for (String c : codes) {
            list.add(new RegionChoice(c, Regions.name(c).orElse(c)));
        }
        return list;
    }

    /** "AE (United Arab Emirates), SA (Saudi Arabia)"; {@code none} when there is no list. */
    public static String describe(List<String> codes, String none) {
        if (codes == null || codes.isEmpty()) {
            return none;
        }
        return codes.stream().map(c -> c + " (" + Regions.name(c).orElse(c) + ")").collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code + "  " + name;
    }
}
