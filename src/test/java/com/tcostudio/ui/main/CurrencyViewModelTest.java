package com.tcostudio.ui.main;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrencyViewModelTest {
    /** Conversions multiply two rates: equal to the last bits of a double. */
    private static final double CONVERTED = 1e-12;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final CatalogueLookup CATALOGUE = (slot, id) -> slot == CatalogueSlot.API_MODEL && id.equals("acme/model")
            ? Optional.of(new CatalogueLookup.Entry(id, AS_OF, Map.of(Input.INPUT_PER_MTOK, 2.0)))
            : Optional.empty();
    private final MainViewModel main = new MainViewModel(CATALOGUE, () -> TestScenarios.methodologyExample().build(),
            Runnable::run, Runnable::run);
    private final CurrencyViewModel vm = new CurrencyViewModel(main);

    @Test
    void choosingACurrencyTakesItsReferenceRateAndConvertsEveryAmount() {
        double fee = main.scenario().get(Input.PLATFORM_FEE_PER_MONTH);
        main.setRange(Input.GPU_HOURLY, Distribution.uniform(2, 3));
        vm.codeProperty().set("EUR");
        // ECB 2024-06-28: 1 USD = 1 / 1.0705 EUR
        assertEquals(new Currency("EUR", 1 / 1.0705), main.scenario().currency());
        assertEquals(fee / 1.0705, main.scenario().get(Input.PLATFORM_FEE_PER_MONTH), CONVERTED * fee);
        assertEquals(2 / 1.0705, main.scenario().uncertainty().get(Input.GPU_HOURLY).low(), CONVERTED);
        assertTrue(vm.noteProperty().get().startsWith("reference rate: European Central Bank"), vm.noteProperty().get());
        main.undo();
        assertEquals(Currency.USD, main.scenario().currency());
        assertEquals("USD", vm.codeProperty().get());
    }

    @Test
    void aTypedRateIsTheUsersAndReconvertsOnlyTheCataloguesPrices() {
        main.useCatalogueEntry(CatalogueSlot.API_MODEL, "acme/model");
        vm.codeProperty().set("EUR");
        main.field(Input.OUTPUT_PER_MTOK).textProperty().set("9");      // written in EUR by the user
        vm.rateProperty().set("0.9");
        assertEquals(new Currency("EUR", 0.9), main.scenario().currency());
        assertEquals(CurrencyViewModel.ENTERED, vm.noteProperty().get());
        // the catalogue's 2 USD at the new rate: 2 x 0.9 = 1.8 EUR; the user's 9 EUR stays
        assertEquals(1.8, main.scenario().get(Input.INPUT_PER_MTOK), CONVERTED);
        assertEquals(9, main.scenario().get(Input.OUTPUT_PER_MTOK));
        assertEquals(new CatalogueRef("acme/model", AS_OF), main.scenario().catalogueRef(CatalogueSlot.API_MODEL).orElseThrow());
    }

    @Test
    void aRateThatIsNotPositiveIsRefusedAndNothingChanges() {
        vm.rateProperty().set("0");
        assertTrue(vm.errorProperty().get().startsWith("the rate must be from 0.001 to 10,000,000 units of the currency per USD"), vm.errorProperty().get());
        assertEquals(Currency.USD, main.scenario().currency());
        vm.rateProperty().set("abc");
        assertTrue(vm.errorProperty().get().startsWith("the rate must be a number"), vm.errorProperty().get());
    }
}
