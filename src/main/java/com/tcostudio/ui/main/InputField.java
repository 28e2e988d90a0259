package com.tcostudio.ui.main;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Distribution;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable state of one numeric input: the text typed, the rule it breaks (empty when valid),
 * whether it overrides the number of the catalogue entry the scenario names, and the range
 * (uncertainty) the scenario gives it, if any.
 */
public final class InputField {
    private final Input input;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper(this, "overridden", false);
    private final ReadOnlyStringWrapper catalogueValue = new ReadOnlyStringWrapper(this, "catalogueValue", "");
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(this, "applicable", true);
    private final ReadOnlyObjectWrapper<Distribution> range = new ReadOnlyObjectWrapper<>(this, "range");

    InputField(Input input) {
        this.input = input;
    }

    public Input input() {
        return input;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The rule the text breaks, in words; empty when the value is accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    /** The catalogue's number for this field when it is overridden, for the marker's tooltip. */
    public ReadOnlyStringProperty catalogueValueProperty() {
        return catalogueValue.getReadOnlyProperty();
    }

    /** False for inputs of the hosting mode or hybrid policy not chosen. */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    /** The scenario's range on this input; null when it is a plain number. */
    public ReadOnlyObjectProperty<Distribution> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    void setRange(Distribution d) {
        range.set(d);
    }

    void setError(String rule) {
        error.set(rule);
    }

    void setOverride(boolean isOverride, String catalogueText) {
        overridden.set(isOverride);
        catalogueValue.set(catalogueText);
    }

    void setApplicable(boolean value) {
        applicable.set(value);
    }
}
