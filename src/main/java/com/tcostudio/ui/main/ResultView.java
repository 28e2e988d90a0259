package com.tcostudio.ui.main;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import javafx.scene.Node;

/** The area under the summary that shows an evaluation (the charts); kept and updated, not rebuilt. */
public interface ResultView {
    Node node();

    void show(Evaluation e);

    /** The latest finished Monte Carlo and tornado (null when the scenario has no ranges). */
    default void showAnalysis(UncertaintyViewModel.Analysis a) {
        // a view without uncertainty charts ignores it
    }

    /** A pane of its own beside the charts (the what-if). */
    default void addPane(String title, Node pane) {
        // a view without tabs has nowhere to put it
    }
}
