package com.tcostudio.ui.main;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.CurrencyRates;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The scenario's currency: a code from the shipped reference rates (the rate comes with its date
 * and source) or a rate the user types (then its source is the user). Every change goes through
 * {@link MainViewModel#setCurrency}, as one undoable step; undo or opening a file shows the
 * scenario's currency again.
 */
public final class CurrencyViewModel {
    static final String ENTERED = "entered by you";

    private final MainViewModel main;
    private final StringProperty code = new SimpleStringProperty(this, "code");
    private final StringProperty rate = new SimpleStringProperty(this, "rate");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** True while the view model shows the scenario's currency, so that this is not taken as an edit. */
    private boolean showing;

    public CurrencyViewModel(MainViewModel main) {
        this.main = main;
        show(main.scenario());
        main.scenarioProperty().addListener((o, old, now) -> show(now));
        code.addListener((o, old, now) -> codeChosen(now));
        rate.addListener((o, old, now) -> rateTyped(now));
    }

    /** The codes offered: USD, then the shipped reference rates by code. */
    public List<String> codes() {
        return CurrencyRates.all().stream().map(CurrencyRates.Rate::code).toList();
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** Units of the currency per 1 USD, as text. */
    public StringProperty rateProperty() {
        return rate;
    }

    /** Where the rate comes from: the reference table and its date, or the user. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Why the typed rate is refused; empty when it is used. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void show(Scenario s) {
        showing = true;
        try {
            code.set(s.currency().code());
            if (!error.get().isEmpty() || NumberText.parse(rate.get() == null ? "" : rate.get()).orElse(Double.NaN)
                    != s.currency().perUsd()) {
                rate.set(NumberText.format(s.currency().perUsd()));
            }
            error.set("");
            note.set(source(s.currency()));
        } finally {
            showing = false;
        }
    }

    static String source(Currency c) {
        return CurrencyRates.matching(c.code(), c.perUsd()).map(r -> r.code().equals("USD") ? r.source()
                : "reference rate: " + r.source()).orElse(ENTERED);
    }

    private void codeChosen(String now) {
        if (showing || now == null) {
            return;
        }
        CurrencyRates.of(now).ifPresent(r -> main.setCurrency(new Currency(r.code(), r.perUsd())));
    }

    private void rateTyped(String now) {
        if (showing) {
            return;
        }
        OptionalDouble parsed = NumberText.parse(now == null ? "" : now);
        if (parsed.isEmpty() || Double.isNaN(parsed.getAsDouble())) {
            error.set("the rate must be a number of " + code.get() + " per 1 USD, such as 0.93");
            return;
        }
        try {
            Currency c = new Currency(code.get(), parsed.getAsDouble());
            error.set("");
            main.setCurrency(c);
        } catch (InvalidScenarioException e) {
            error.set("the rate " + e.problems().get(0).rule());
        }
    }
}
