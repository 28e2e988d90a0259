package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Route;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UseCasesViewModelTest {
    private final PortfolioViewModel doc = PortfolioFixtures.document(PortfolioFixtures.twoByTwo());
    private final UseCasesViewModel vm = new UseCasesViewModel(doc);

    @Test
    void showsOneRowPerUseCaseWithItsNumbersResidencyAndNeeds() {
        assertEquals(List.of("support", "coding"), vm.rows().stream().map(UseCaseRow::id).toList());
        UseCaseRow support = vm.row("support").orElseThrow();
        assertEquals("Support chat", support.nameProperty().get());
        assertEquals("1,000,000,000", support.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().get());
        assertEquals("AE (United Arab Emirates)", support.residencyTextProperty().get());
        assertEquals("60", support.minQuality().textProperty().get());
        assertEquals("30", support.minSpeed().textProperty().get());
        assertEquals("anywhere", vm.row("coding").orElseThrow().residencyTextProperty().get());
        assertEquals("", vm.row("coding").orElseThrow().minQuality().textProperty().get());
    }

    @Test
    void typingAnAcceptedNumberEditsThePortfolioAndARefusedOneSaysTheRuleAndKeepsTheLastValue() {
        UseCaseRow support = vm.row("support").orElseThrow();
        support.field(Input.MONTHLY_GROWTH).textProperty().set("0.05");
        assertEquals(0.05, doc.portfolio().workload("support").orElseThrow().get(Input.MONTHLY_GROWTH));
        assertTrue(doc.dirtyProperty().get());

        support.field(Input.CACHED_INPUT_SHARE).textProperty().set("1.5");
        assertEquals("must be a share between 0 and 1 (was 1.5)", support.field(Input.CACHED_INPUT_SHARE).errorProperty().get());
        assertEquals(0.0, doc.portfolio().workload("support").orElseThrow().get(Input.CACHED_INPUT_SHARE));

        support.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().set("lots");
        assertEquals("must be a number, such as 2500, 2.5e9 or 2.5bn",
                support.field(Input.INPUT_TOKENS_PER_MONTH).errorProperty().get());

        support.minSpeed().textProperty().set("-1");
        assertEquals("must be from 0 to 100,000 (was -1)", support.minSpeed().errorProperty().get());
        support.maxFirstToken().textProperty().set("");
        assertFalse(doc.portfolio().workload("support").orElseThrow().latency().hasMaxTimeToFirstTokenSeconds());
    }

    @Test
    void keystrokesInOneFieldAreOneUndoStep() {
        UseCaseRow coding = vm.row("coding").orElseThrow();
        coding.field(Input.PEAK_TO_AVERAGE).textProperty().set("2");
        coding.field(Input.PEAK_TO_AVERAGE).textProperty().set("2.5");
        doc.undo();
        assertEquals(1.0, doc.portfolio().workload("coding").orElseThrow().get(Input.PEAK_TO_AVERAGE));
        assertEquals("1", coding.field(Input.PEAK_TO_AVERAGE).textProperty().get());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void addingAUseCaseRoutesItInEveryPlanWhereThePlanSendsItsFirst() {
        vm.add();
        assertEquals(3, vm.rows().size());
        UseCaseRow added = vm.rows().get(2);
        assertEquals("use-case-3", added.id());
        assertEquals(new Route("use-case-3", "sonnet", 1.0, null), doc.portfolio().plan("all-api").orElseThrow().routes().get(2));
        assertEquals(new Route("use-case-3", "gpt-oss", 1.0, null), doc.portfolio().plan("hybrid").orElseThrow().routes().get(2));
    }

    @Test
    void duplicateCopiesTheRoutesAndRenameKeepsTheId() {
        vm.duplicate("support");
        assertEquals(List.of("support", "support-chat-copy", "coding"), vm.rows().stream().map(UseCaseRow::id).toList());
        assertEquals("gpt-oss", doc.portfolio().plan("hybrid").orElseThrow().routes().get(2).to());
        vm.rename("support-chat-copy", "Support e-mail");
        assertEquals("Support e-mail", doc.portfolio().workload("support-chat-copy").orElseThrow().name());
        vm.rename("support-chat-copy", "  ");
        assertEquals("Name must not be empty", vm.row("support-chat-copy").orElseThrow().nameErrorProperty().get());
    }

    @Test
    void removingAUseCaseRemovesItsRoutesFromEveryPlanAndTheLastCannotGo() {
        vm.remove("support");
        assertEquals(List.of(Route.all("coding", "sonnet")), doc.portfolio().plan("hybrid").orElseThrow().routes());
        assertEquals(List.of(Route.all("coding", "sonnet")), doc.portfolio().plan("all-api").orElseThrow().routes());
        vm.remove("coding");
        assertEquals("\"Coding assistant\" is the only use case: a portfolio needs at least one", vm.messageProperty().get());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void residencyPickerListsTheGulfFirstAndAnEmptyChoiceMeansAnywhere() {
        assertEquals(new RegionChoice("AE", "United Arab Emirates"), vm.regionChoices().get(0));
        assertEquals(new RegionChoice("SA", "Saudi Arabia"), vm.regionChoices().get(1));
        vm.setResidency("coding", List.of("AE", "SA"));
        assertEquals("AE (United Arab Emirates), SA (Saudi Arabia)", vm.row("coding").orElseThrow().residencyTextProperty().get());
        vm.setResidency("coding", List.of());
        assertFalse(doc.portfolio().workload("coding").orElseThrow().hasResidency());
    }
}
