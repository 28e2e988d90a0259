package com.tcostudio.core.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the numbers a catalogue id stands for. Implemented over the price catalogue; kept as an
 * interface here so that resolving a scenario does not depend on how the catalogue is stored.
 */
@FunctionalInterface
public interface CatalogueLookup {

    /**
     * The values an entry gives, in USD where they are money (see {@link Unit#isMoney()}), keyed by
     * the inputs of {@link CatalogueSlot#fills()} it has (a rental GPU offer gives no purchase price).
     */
    record Entry(String id, LocalDate asOf, Map<Input, Double> values) {
        public Entry {
            values = Map.copyOf(values);
        }
    }

    Optional<Entry> find(CatalogueSlot slot, String id);

    CatalogueLookup NONE = (slot, id) -> Optional.empty();
}
