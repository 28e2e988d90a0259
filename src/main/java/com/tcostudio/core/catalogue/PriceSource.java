package com.tcostudio.core.catalogue;

import java.time.LocalDate;

/**
 * Where a catalogue price comes from and the day it was true. Every entry carries one, so that a
 * figure in a report can be traced to its source and its age shown (see
 * {@link Catalogue#ageInMonths(LocalDate, LocalDate)}).
 *
 * @param asOf   the day the price was read from the source
 * @param source the price list, page or file it was read from; never blank
 * @param notes  anything a reader of the figure should know; empty (never null) when there is nothing
 */
public record PriceSource(LocalDate asOf, String source, String notes) {
    public PriceSource {
        Checks.notNull("asOf", asOf);
        Checks.text("source", source);
        Checks.notNull("notes", notes);
    }

    /** A source without notes. */
    public PriceSource(LocalDate asOf, String source) {
        this(asOf, source, "");
    }
}
