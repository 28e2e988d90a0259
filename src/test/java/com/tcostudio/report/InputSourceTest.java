package com.tcostudio.report;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputSourceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** The catalogue's USD prices: 2 in, 8 out per MTok. */
    private static final CatalogueLookup CATALOGUE = (slot, id) -> slot == CatalogueSlot.API_MODEL && id.equals("acme/model")
            ? Optional.of(new CatalogueLookup.Entry(id, AS_OF, Map.of(Input.INPUT_PER_MTOK, 2.0, Input.OUTPUT_PER_MTOK, 8.0)))
            : Optional.empty();

    /** A EUR file at 0.9 per USD that writes its own input price and leaves the output price to the catalogue. */
    private static Scenario eurFile() {
        return TestScenarios.methodologyExample().currency(new Currency("EUR", 0.9))
                .set(Input.INPUT_PER_MTOK, 1.5)        // written in the file, in EUR
                .set(Input.OUTPUT_PER_MTOK, 7.2)       // 8 USD x 0.9 = 7.2 EUR: the catalogue's, converted
                .catalogueRef(CatalogueSlot.API_MODEL, new CatalogueRef("acme/model", AS_OF)).build();
    }

    @Test
    void aPriceWrittenInTheFileIsTheFilesAndAFilledOneIsConvertedAtTheRate() {
        Scenario s = eurFile();
        assertEquals(InputSource.Kind.FILE, InputSource.of(s, Input.INPUT_PER_MTOK, CATALOGUE).kind());
        assertEquals(InputSource.Kind.CONVERTED, InputSource.of(s, Input.OUTPUT_PER_MTOK, CATALOGUE).kind());
        assertEquals("scenario file",
                InputSource.words(InputSource.of(s, Input.INPUT_PER_MTOK, CATALOGUE), s.currency()));
        assertEquals("USD x 0.9: acme/model (2026-11-01)",
                InputSource.words(InputSource.of(s, Input.OUTPUT_PER_MTOK, CATALOGUE), s.currency()));
        // an input no slot fills, and one the entry does not give, are the file's
        assertEquals("scenario file", InputSource.words(InputSource.of(s, Input.MONTHLY_GROWTH, CATALOGUE), s.currency()));
        assertEquals(InputSource.Kind.FILE, InputSource.of(s, Input.CACHED_INPUT_PER_MTOK, CATALOGUE).kind());
    }

    @Test
    void theCurrencyLineCountsTheConvertedPricesAndNamesTheRatesOrigin() {
        assertEquals("EUR. 1 catalogue price converted from USD at 0.9 EUR per USD, the scenario's own rate "
                + "(marked in Assumptions); every other amount as written in the scenario", InputSource.currencyLine(eurFile(), CATALOGUE));
        // without the catalogue nothing can be credited to it
        assertEquals("EUR. Every amount as written in the scenario; no catalogue price converted (rate: 0.9 EUR per USD, "
                + "the scenario's own rate)", InputSource.currencyLine(eurFile(), CatalogueLookup.NONE));
        Scenario ecb = eurFile().toBuilder().currency(new Currency("EUR", 1 / 1.0705)).build();
        assertEquals(true, InputSource.currencyLine(ecb, CATALOGUE).contains("European Central Bank"));
        assertEquals("USD", InputSource.currencyLine(TestScenarios.methodologyExample().build(), CATALOGUE));
    }

    @Test
    void anEntryTheCatalogueLacksIsUntraced() {
        Scenario s = eurFile().toBuilder().catalogueRef(CatalogueSlot.API_MODEL, new CatalogueRef("gone/model", AS_OF)).build();
        assertEquals("scenario file (gone/model not in catalogue)",
                InputSource.words(InputSource.of(s, Input.OUTPUT_PER_MTOK, CATALOGUE), s.currency()));
    }
}
