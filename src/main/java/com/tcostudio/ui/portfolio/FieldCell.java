package com.tcostudio.ui.portfolio;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A {@link PartField} on screen: its text field bound to the field's text, and the rule it breaks
 * in words on a line under it (nothing when accepted). Tooltips say the label, unit, help and rule.
 */
final class FieldCell {
    private FieldCell() {
    }

    static VBox of(PartField f, String id) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(f.textProperty());
        text.setPromptText(f.isOptional() ? "none" : "");
        text.setPrefColumnCount(9);
        Tooltip tip = new Tooltip(f.label() + " (" + f.unit() + ")\n" + f.help());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        text.setTooltip(tip);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(220);
        error.textProperty().bind(f.errorProperty());
        error.visibleProperty().bind(f.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        text.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), false);
        return new VBox(2, text, error);
    }

    /** A name field that commits on Enter or when it loses focus. */
    static TextField name(javafx.beans.value.ObservableStringValue name, java.util.function.Consumer<String> rename,
                          String id) {
        TextField t = new TextField(name.get());
        t.setId(id);
        t.getStyleClass().add("part-name");
        name.addListener((o, was, is) -> {
            if (!t.isFocused()) {
                t.setText(is);
            }
        });
        t.setOnAction(e -> rename.accept(t.getText()));
        t.focusedProperty().addListener((o, was, is) -> {
            if (!is && !t.getText().equals(name.get())) {
                rename.accept(t.getText());
            }
        });
        return t;
    }

    static Label unit(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("unit");
        return l;
    }
}
