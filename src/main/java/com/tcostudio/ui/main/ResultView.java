package com.tcostudio.ui.main;

import com.tcostudio.core.engine.Evaluation;
import javafx.scene.Node;

/** The area under the summary that shows an evaluation (the charts); kept and updated, not rebuilt. */
public interface ResultView {
    Node node();

    void show(Evaluation e);

    /** An empty area, for windows shown without charts. */
    static ResultView none() {
        javafx.scene.control.Label empty = new javafx.scene.control.Label();
        return new ResultView() {
            @Override
            public Node node() {
                return empty;
            }

            @Override
            public void show(Evaluation e) {
                // nothing drawn
            }
        };
    }
}
