package com.tcostudio.core.catalogue;

import java.time.LocalDate;

/**
 * Where a catalogue figure comes from, the day it was true there, and how it was obtained. Every
 * entry carries one, so that a figure in a report can be traced to its source and its age shown
 * (see {@link Catalogue#ageInMonths(LocalDate, LocalDate)}).
 *
 * @param asOf      the day the figure was observed at its source (not the day the file was compiled)
 * @param source    the public page, file or dataset it was read from; never blank
 * @param notes     anything a reader of the figure should know; empty (never null) when there is nothing
 * @param basis     quoted, derived or estimated
 * @param basisNote the rule of a derived or estimated figure, in words (required for those); may say
 *                  why a quoted figure is quoted, else empty
 */
public record PriceSource(LocalDate asOf, String source, String notes, Basis basis, String basisNote) {
    public PriceSource {
        Checks.notNull("asOf", asOf);
        Checks.text("source", source);
        Checks.notNull("notes", notes);
        Checks.notNull("basis", basis);
        Checks.notNull("basisNote", basisNote);
        if (basis != Basis.QUOTED && basisNote.isBlank()) {
            throw new InvalidCatalogueEntryException("basisNote", "must give the rule of a " + basis.label()
                    + " figure (was empty)");
        }
    }

    /** A quoted figure with notes. */
    public PriceSource(LocalDate asOf, String source, String notes) {
        this(asOf, source, notes, Basis.QUOTED, "");
    }

    /** A quoted figure without notes. */
    public PriceSource(LocalDate asOf, String source) {
        this(asOf, source, "");
    }

    /** True when the figure was read as published. */
    public boolean isQuoted() {
        return basis == Basis.QUOTED;
    }
}
