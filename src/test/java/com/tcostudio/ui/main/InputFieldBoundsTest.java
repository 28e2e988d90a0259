package com.tcostudio.ui.main;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, item 1 in the app: a value outside its input's plausible range is never applied,
 * however it is typed; the field shows the rule and the last valid result stays.
 */
class InputFieldBoundsTest {
    private final MainViewModel vm = new MainViewModel((slot, id) -> Optional.empty(),
            () -> TestScenarios.methodologyExample().build(), Runnable::run, Runnable::run);

    @Test
    void typing1e999KeyByKeyNeverAppliesTheHalfTyped1e99() {
        InputField field = vm.field(Input.GPU_HOURLY);
        field.textProperty().set("1");
        Evaluation lastValid = vm.evaluationProperty().get();
        for (String typed : new String[]{"1e", "1e9", "1e99", "1e999"}) {
            field.textProperty().set(typed);
            assertEquals(1.0, vm.scenario().get(Input.GPU_HOURLY), typed);
            assertSame(lastValid, vm.evaluationProperty().get(), typed);
            assertTrue(vm.hasRefusedInput(), typed);
        }
        // the currency-free check catches infinity before the scenario sees it, so the bound is stated for any currency
        assertEquals("must be from 0 to 1,000 (USD; times currency.perUsd in another currency) (was infinite, or too large "
                + "to be a number)", field.errorProperty().get());
        field.textProperty().set("1e99");
        assertEquals("must be from 0 to 1,000 (was 1e99)", field.errorProperty().get());
    }

    @Test
    void aValueWithinTheWidestBoundButAboveThisCurrencysIsRefusedWithTheScenariosRule() {
        // 1e9 per GPU-hour would pass in the weakest currency (1,000 x 1e7) but not in USD
        vm.field(Input.GPU_HOURLY).textProperty().set("1e9");
        assertEquals("must be from 0 to 1,000 (was 1000000000)", vm.field(Input.GPU_HOURLY).errorProperty().get());
    }

    @Test
    void anAbsurdTokenVolumeIsRefusedAndAValidOneAppliedAgain() {
        InputField field = vm.field(Input.INPUT_TOKENS_PER_MONTH);
        field.textProperty().set("1e99");
        assertEquals("must be 0, or from 1 to 1e16 (was 1e99)", field.errorProperty().get());
        assertEquals(2e9, vm.scenario().get(Input.INPUT_TOKENS_PER_MONTH));
        field.textProperty().set("3bn");
        assertEquals("", field.errorProperty().get());
        assertEquals(3e9, vm.scenario().get(Input.INPUT_TOKENS_PER_MONTH));
    }

    @Test
    void aWholeNumberFieldRefusesACountBeyondItsRange() {
        vm.field(Input.MIN_REPLICAS).textProperty().set("9223372036854775808");
        assertEquals("must be from 0 to 100,000 (was 9223372036854776000)", vm.field(Input.MIN_REPLICAS).errorProperty().get());
    }

    @Test
    void theCurrencyOfTheScenarioScalesTheMoneyBound() {
        // the methodology example is USD; in a currency at 16,000 per USD the same field takes 16,000 x 1,000
        assertEquals(Currency.USD, vm.scenario().currency());
        assertEquals(16_000_000, Input.GPU_HOURLY.rule().max(16_000), 0);
    }
}
