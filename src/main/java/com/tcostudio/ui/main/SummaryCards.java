package com.tcostudio.ui.main;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.report.Summary;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict in words and the summary cards above the charts. With ranges, the Monte Carlo's
 * cards follow the plain ones, dimmed while they are of an earlier version of the scenario.
 */
final class SummaryCards {
    /** Card values longer than this many characters are set a size smaller. */
    private static final int LONG_VALUE = 10;

    private final MainViewModel vm;
    private final UncertaintyViewModel uncertainty;
    private final Label verdict = new Label();
    private final FlowPane cards = new FlowPane(10, 10);
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");

    SummaryCards(MainViewModel vm, UncertaintyViewModel uncertainty) {
        this.vm = vm;
        this.uncertainty = uncertainty;
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        verdict.setId("verdict");
        cards.setId("summary-cards");
        cards.getStyleClass().add("summary-cards");
        // the text and the cards keep their full height: the results scroll instead of cutting them
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        cards.setMinHeight(Region.USE_PREF_SIZE);
        compact.addListener((o, was, is) -> refresh());
        vm.evaluationProperty().addListener((o, old, e) -> refresh());
        uncertainty.analysisProperty().addListener((o, old, a) -> refresh());
        uncertainty.statusProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    /**
     * On a short window the cards leave out their detail line (it moves to the card's tooltip), so
     * that three rows of cards still leave the chart above the fold.
     */
    BooleanProperty compactProperty() {
        return compact;
    }

    Node verdict() {
        return verdict;
    }

    Node cards() {
        return cards;
    }

    /** The verdict and the cards, updated in place (same cards, new text). */
    private void refresh() {
        Evaluation e = vm.evaluationProperty().get();
        if (e == null) {
            return;
        }
        verdict.setText(Summary.verdict(e));
        List<Summary.Card> values = new ArrayList<>(Summary.cards(e));
        int plain = values.size();
        if (!e.scenario().uncertainty().isEmpty()) {
            values.addAll(uncertainty.cards());
        }
        boolean stale = uncertainty.analysisProperty().get() == null || !uncertainty.analysisProperty().get().matches(e);
        while (cards.getChildren().size() > values.size()) {
            cards.getChildren().remove(cards.getChildren().size() - 1);
        }
        while (cards.getChildren().size() < values.size()) {
            cards.getChildren().add(card());
        }
        for (int i = 0; i < values.size(); i++) {
            VBox card = (VBox) cards.getChildren().get(i);
            ((Label) card.getChildren().get(0)).setText(values.get(i).title());
            Label value = (Label) card.getChildren().get(1);
            value.setText(values.get(i).value());
            // "Self-hosted" and "from the start" fit a card only a size smaller
            value.getStyleClass().remove("long");
            if (value.getText().length() > LONG_VALUE) {
                value.getStyleClass().add("long");
            }
            Label detail = (Label) card.getChildren().get(2);
            detail.setText(values.get(i).detail());
            detail.setVisible(!compact.get());
            detail.setManaged(!compact.get());
            Tooltip tip = (Tooltip) card.getProperties().get(Tooltip.class);
            tip.setText(values.get(i).title() + ": " + values.get(i).value() + "\n" + values.get(i).detail());
            Tooltip.uninstall(card, tip);
            if (compact.get()) {
                Tooltip.install(card, tip);
            }
            card.getStyleClass().removeAll("uncertain", "stale");
            if (i >= plain) {
                card.getStyleClass().add("uncertain");
                if (stale) {
                    card.getStyleClass().add("stale");
                }
            }
        }
    }

    private static VBox card() {
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label value = new Label();
        value.getStyleClass().add("card-value");
        Label detail = new Label();
        detail.getStyleClass().add("card-detail");
        detail.setWrapText(true);
        VBox card = new VBox(2, title, value, detail);
        card.getStyleClass().add("card");
        card.getProperties().put(Tooltip.class, new Tooltip());
        return card;
    }
}
