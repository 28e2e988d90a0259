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

    /** The catalogue entry (id and price date) that the number came from; empty when the file wrote it. */
    static Optional<CatalogueRef> catalogueEntry(Scenario s, Input input) {
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            Optional<CatalogueRef> ref = s.catalogueRef(slot);
            if (slot.fills().contains(input) && ref.isPresent()) {
                return ref;
            }
        }
        return Optional.empty();
    }
}
