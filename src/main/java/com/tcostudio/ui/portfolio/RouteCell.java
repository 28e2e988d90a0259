package com.tcostudio.ui.portfolio;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * One cell of the route matrix: where a plan sends one use case (one or more routes, shares adding
 * up to 1) and why the last change to it was refused, in words.
 */
public final class RouteCell {
    private final String planId;
    private final String workloadId;
    private final ObservableList<RouteEntry> routes = FXCollections.observableArrayList();
    /** One read-only view, made once: a view made per call is dropped with the listeners put on it. */
    private final ObservableList<RouteEntry> routesView = FXCollections.unmodifiableObservableList(routes);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    RouteCell(String planId, String workloadId) {
        this.planId = planId;
        this.workloadId = workloadId;
    }

    public String planId() {
        return planId;
    }

    public String workloadId() {
        return workloadId;
    }

    public ObservableList<RouteEntry> routes() {
        return routesView;
    }

    /** Why the last change to this cell was refused; empty when it was taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void show(List<RouteEntry> entries) {
        if (!routes.equals(entries)) {
            routes.setAll(entries);
        }
    }

    void setError(String rule) {
        error.set(rule);
    }
}
