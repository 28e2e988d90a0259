package com.tcostudio.report;

import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

import java.util.Optional;

/** Where an input's number comes from, for the assumptions of reports and workbooks. */
final class InputSource {
    private InputSource() {
    }

    /** The catalogue entry (and the date of its prices) that the number came from; empty when the file wrote it. */
    static Optional<String> catalogueEntry(Scenario s, Input input) {
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            Optional<CatalogueRef> ref = s.catalogueRef(slot);
            if (slot.fills().contains(input) && ref.isPresent()) {
                return Optional.of(ref.get().id() + (ref.get().asOf() == null ? "" : ", prices as of " + ref.get().asOf()));
            }
        }
        return Optional.empty();
    }
}
