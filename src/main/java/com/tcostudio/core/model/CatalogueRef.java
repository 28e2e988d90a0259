package com.tcostudio.core.model;

import java.time.LocalDate;

/**
 * A scenario's reference to a catalogue entry: its id and the as-of date of the prices that were
 * copied from it, so that a saved scenario says how old its numbers are.
 *
 * @param asOf null until the id has been resolved against a catalogue
 */
public record CatalogueRef(String id, LocalDate asOf) {
    public CatalogueRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("catalogue id must not be blank");
        }
    }
}
