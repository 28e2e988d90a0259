package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Workload;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the use-case table: its name, the v1 workload numbers, where its data may be processed,
 * the least quality it accepts and its latency need, each as a {@link PartField}.
 */
public final class UseCaseRow {
    /** The workload numbers in the order a finance lead reads them. */
    public static final List<Input> VOLUME_INPUTS = List.of(Input.INPUT_TOKENS_PER_MONTH, Input.OUTPUT_TOKENS_PER_MONTH,
            Input.MONTHLY_GROWTH, Input.PLATEAU_TOKENS_PER_MONTH, Input.PEAK_TO_AVERAGE, Input.CACHED_INPUT_SHARE,
            Input.BATCH_SHARE);
    static final String MIN_QUALITY = "minQuality";
    static final String MIN_SPEED = "latency.minOutputTokensPerSecondPerUser";
    static final String MAX_FIRST_TOKEN = "latency.maxTimeToFirstTokenSeconds";

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper residencyText = new ReadOnlyStringWrapper(this, "residencyText");
    private final ObservableList<String> residency = FXCollections.observableArrayList();
    private final Map<String, PartField> fields = new LinkedHashMap<>();

    UseCaseRow(String id, String currencyCode) {
        this.id = id;
        for (Input input : VOLUME_INPUTS) {
            fields.put(input.path(), PartField.of(input, currencyCode));
        }
        fields.put(MIN_QUALITY, new PartField(MIN_QUALITY, "Minimum quality", "score",
                "The least quality score this use case accepts, on the catalogue's quality index; empty: any model will do."
                        + " A plan that sends it to a weaker model is marked infeasible.",
                true, false, PartField.between(0, Workload.MAX_QUALITY)));
        fields.put(MIN_SPEED, new PartField(MIN_SPEED, "Speed per user", "tokens/s per user",
                "The slowest stream of output tokens a user accepts (a chat reads at about 20 to 40). Self-hosted "
                        + "fleets are costed at the operating point that meets it; empty: no need.",
                true, false, PartField.between(0, Latency.MAX_TOKENS_PER_SECOND_PER_USER)));
        fields.put(MAX_FIRST_TOKEN, new PartField(MAX_FIRST_TOKEN, "Time to first token", "seconds",
                "The longest wait for the first token a user accepts; empty: no limit.",
                true, false, PartField.above(0, Latency.MAX_TIME_TO_FIRST_TOKEN_SECONDS)));
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** Why the last name typed was refused; empty when accepted. */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** "AE (United Arab Emirates)", or "anywhere". */
    public ReadOnlyStringProperty residencyTextProperty() {
        return residencyText.getReadOnlyProperty();
    }

    /** The region codes where this use case's data may be processed; empty: anywhere. */
    public List<String> residency() {
        return Collections.unmodifiableList(new ArrayList<>(residency));
    }

    public PartField field(Input input) {
        return fields.get(input.path());
    }

    public PartField minQuality() {
        return fields.get(MIN_QUALITY);
    }

    public PartField minSpeed() {
        return fields.get(MIN_SPEED);
    }

    public PartField maxFirstToken() {
        return fields.get(MAX_FIRST_TOKEN);
    }

    /** Every field, volumes first. */
    public List<PartField> fields() {
        return List.copyOf(fields.values());
    }

    void setNameError(String rule) {
        nameError.set(rule);
    }

    /** Shows the workload's values; the caller mutes its edit listeners meanwhile. */
    void show(Workload w) {
        name.set(w.name());
        nameError.set("");
        for (Input input : VOLUME_INPUTS) {
            fields.get(input.path()).show(w.get(input));
        }
        fields.get(MIN_QUALITY).show(w.minQuality());
        fields.get(MIN_SPEED).show(w.latency().minOutputTokensPerSecondPerUser());
        fields.get(MAX_FIRST_TOKEN).show(w.latency().maxTimeToFirstTokenSeconds());
        residency.setAll(w.hasResidency() ? w.residency() : List.of());
        residencyText.set(RegionChoice.describe(w.residency(), "anywhere"));
    }
}
