package com.tcostudio.ui.portfolio;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.controlsfx.control.CheckListView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A dialog that picks region codes by name (the Gulf and the EU first), with a filter box. */
final class RegionPicker {
    private RegionPicker() {
    }

    /** The codes picked, in picker order; empty when the user cancels. */
    static Optional<List<String>> pick(Node owner, String title, List<RegionChoice> choices, List<String> current) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(title + "\nNone ticked: " + (title.startsWith("Where") ? "no restriction." : "unknown."));
        Set<String> ticked = new HashSet<>(current);
        FilteredList<RegionChoice> shown = new FilteredList<>(FXCollections.observableArrayList(choices));
        CheckListView<RegionChoice> list = new CheckListView<>(shown);
        list.setId("region-list");
        list.setPrefHeight(360);
        Runnable sync = () -> {
            for (RegionChoice c : shown) {
                if (ticked.contains(c.code())) {
                    list.getCheckModel().check(c);
                } else {
                    list.getCheckModel().clearCheck(c);
                }
            }
        };
        list.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<RegionChoice>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(c -> ticked.add(c.code()));
                ch.getRemoved().forEach(c -> ticked.remove(c.code()));
            }
        });
        TextField filter = new TextField();
        filter.setId("region-filter");
        filter.setPromptText("Filter: code or name");
        filter.textProperty().addListener((o, was, is) -> {
            Set<String> keep = new HashSet<>(ticked);
            String q = is.strip().toLowerCase();
            shown.setPredicate(c -> q.isEmpty() || c.code().toLowerCase().startsWith(q) || c.name().toLowerCase().contains(q));
            ticked.clear();
            ticked.addAll(keep);
            sync.run();
        });
        sync.run();
        d.getDialogPane().setContent(new VBox(8, filter, list));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (RegionChoice c : choices) {
            if (ticked.contains(c.code())) {
                out.add(c.code());
            }
        }
        return Optional.of(out);
    }
}
