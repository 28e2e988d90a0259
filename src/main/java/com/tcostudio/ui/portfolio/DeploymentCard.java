package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Section;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Workload;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-hosted deployment as its card shows it: v1's serving, hosting and staff numbers for its
 * hosting mode, a fixed fleet or a sized one, the contract of its GPUs (autoscaled rental, a
 * reservation), where it runs and the served model's quality, and its measured operating points
 * with the one the shown plan is costed at.
 */
public final class DeploymentCard {
    /** Serving and staff numbers, in the order of the v1 form. */
    public static final List<Input> SERVING_INPUTS = List.of(Input.GPUS_PER_REPLICA, Input.PREFILL_TOKENS_PER_SECOND,
            Input.DECODE_TOKENS_PER_SECOND, Input.TARGET_UTILIZATION, Input.MIN_REPLICAS, Input.REDUNDANT_REPLICAS);
    public static final List<Input> HOSTING_INPUTS = List.of(Input.GPU_HOURLY, Input.CAPEX_PER_GPU,
            Input.DEPRECIATION_MONTHS, Input.RESIDUAL_SHARE, Input.MAINTENANCE_PER_YEAR, Input.POWER_WATTS_PER_GPU,
            Input.PUE, Input.ENERGY_PER_KWH, Input.COLOCATION_PER_GPU_MONTH, Input.ANNUAL_GPU_PRICE_CHANGE);
    public static final List<Input> STAFF_INPUTS = List.of(Input.BASE_FTE, Input.FTE_PER_GPU,
            Input.SETUP_PERSON_MONTHS, Input.SETUP_ONE_TIME_COST, Input.UPGRADE_EVERY_MONTHS,
            Input.UPGRADE_PERSON_MONTHS, Input.TOOLING_PER_MONTH, Input.OTHER_PER_MONTH);
    static final String QUALITY = "quality";
    static final String FIXED_REPLICAS = "fixedReplicas";
    static final String RES_GPUS = "hosting.reservation.gpus";
    static final String RES_TERM = "hosting.reservation.termMonths";
    static final String RES_HOURLY = "hosting.reservation.gpuHourly";
    static final String RES_UPFRONT = "hosting.reservation.upfrontShare";

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper regionsText = new ReadOnlyStringWrapper(this, "regionsText");
    private final ReadOnlyObjectWrapper<HostingMode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyBooleanWrapper amortize = new ReadOnlyBooleanWrapper(this, "amortize");
    private final ReadOnlyBooleanWrapper autoscale = new ReadOnlyBooleanWrapper(this, "autoscale");
    private final ReadOnlyBooleanWrapper reserved = new ReadOnlyBooleanWrapper(this, "reserved");
    private final ReadOnlyBooleanWrapper fixed = new ReadOnlyBooleanWrapper(this, "fixed");
    private final ReadOnlyObjectWrapper<List<OperatingPoint>> operatingPoints =
            new ReadOnlyObjectWrapper<>(this, "operatingPoints", List.of());
    private final ReadOnlyObjectWrapper<ChosenPoint> chosenPoint = new ReadOnlyObjectWrapper<>(this, "chosenPoint");
    private final Map<String, PartField> fields = new LinkedHashMap<>();
    private List<String> regions = List.of();

    DeploymentCard(String id, String currencyCode) {
        this.id = id;
        for (Input input : Input.values()) {
            Section s = input.section();
            if (s == Section.OPEN || s == Section.RENT || s == Section.OWN) {
                fields.put(input.path(), PartField.of(input, currencyCode));
            }
        }
        fields.put(FIXED_REPLICAS, new PartField(FIXED_REPLICAS, "Fixed fleet", "replicas",
                "A fleet of this many serving replicas (plus the redundant ones) whatever the load; what it cannot "
                        + "serve overflows to an API named in each plan. Empty: the fleet follows the load.",
                true, true, PartField.between(0, Deployment.MAX_FIXED_REPLICAS)));
        fields.put(QUALITY, new PartField(QUALITY, "Quality", "score", "The served model's score on the catalogue's "
                + "quality index. Empty: unrated (meets no minimum).", true, false, PartField.between(0, Workload.MAX_QUALITY)));
        fields.put(RES_GPUS, new PartField(RES_GPUS, "Reserved GPUs", "GPUs",
                "GPUs paid for whether used or not; GPUs needed above them are rented by the hour.", false, true,
                PartField.between(1, Reservation.MAX_GPUS)));
        fields.put(RES_TERM, new PartField(RES_TERM, "Reservation term", "months",
                "Length of each term, from month 1; the last ends with the horizon.", false, true,
                PartField.between(1, Reservation.MAX_TERM_MONTHS)));
        fields.put(RES_HOURLY, new PartField(RES_HOURLY, "Reserved price", currencyCode + " per GPU-hour",
                "Locked at the start of each term.", false, false, PartField.between(0, Reservation.MAX_GPU_HOURLY)));
        fields.put(RES_UPFRONT, new PartField(RES_UPFRONT, "Paid up front", "share",
                "Share of a term's price paid in its first month.", false, false, PartField.between(0, 1)));
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionsTextProperty() {
        return regionsText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HostingMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty amortizeProperty() {
        return amortize.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty autoscaleProperty() {
        return autoscale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reservedProperty() {
        return reserved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fixedProperty() {
        return fixed.getReadOnlyProperty();
    }

    /** Measured points of one replica, increasing in speed per user; empty when it has v1 throughputs. */
    public ReadOnlyObjectProperty<List<OperatingPoint>> operatingPointsProperty() {
        return operatingPoints.getReadOnlyProperty();
    }

    /** The point the results' chosen plan costs it at; null when that plan does not use it. */
    public ReadOnlyObjectProperty<ChosenPoint> chosenPointProperty() {
        return chosenPoint.getReadOnlyProperty();
    }

    /** The region codes given; empty when none. */
    public List<String> regions() {
        return regions;
    }

    public PartField field(String key) {
        return fields.get(key);
    }

    public PartField field(Input input) {
        return fields.get(input.path());
    }

    public List<PartField> fields(List<Input> inputs) {
        return inputs.stream().map(this::field).toList();
    }

    public List<PartField> reservationFields() {
        return List.of(fields.get(RES_GPUS), fields.get(RES_TERM), fields.get(RES_HOURLY), fields.get(RES_UPFRONT));
    }

    /**
     * Whether a v1 input applies to this deployment: its hosting mode's, not the throughputs when
     * it has operating points, not the minimum replicas of a fixed fleet.
     */
    public boolean applies(Input input) {
        if (input.section() == Section.RENT) {
            return mode.get() == HostingMode.RENT;
        }
        if (input.section() == Section.OWN) {
            return mode.get() == HostingMode.OWN;
        }
        if (input == Input.PREFILL_TOKENS_PER_SECOND || input == Input.DECODE_TOKENS_PER_SECOND) {
            return operatingPoints.get().isEmpty();
        }
        return input != Input.MIN_REPLICAS || !fixed.get();
    }

    List<PartField> all() {
        return List.copyOf(fields.values());
    }

    void setNameError(String rule) {
        nameError.set(rule);
    }

    void setChosenPoint(ChosenPoint p) {
        // an equal point must not fire: each change redraws the card's curve
        if (!java.util.Objects.equals(p, chosenPoint.get())) {
            chosenPoint.set(p);
        }
    }

    void show(Deployment d) {
        name.set(d.name());
        nameError.set("");
        mode.set(d.mode());
        amortize.set(d.amortize());
        autoscale.set(d.autoscale());
        fixed.set(d.isFixed());
        operatingPoints.set(d.operatingPoints());
        for (Map.Entry<String, PartField> e : fields.entrySet()) {
            Input.byPath(e.getKey()).ifPresent(i -> e.getValue().show(d.get(i)));
        }
        fields.get(FIXED_REPLICAS).show(d.isFixed() ? d.fixedReplicas() : Double.NaN);
        fields.get(QUALITY).show(d.quality());
        Reservation r = d.reservation();
        reserved.set(r != null);
        fields.get(RES_GPUS).show(r == null ? Double.NaN : r.gpus());
        fields.get(RES_TERM).show(r == null ? Double.NaN : r.termMonths());
        fields.get(RES_HOURLY).show(r == null ? Double.NaN : r.gpuHourly());
        fields.get(RES_UPFRONT).show(r == null ? Double.NaN : r.upfrontShare());
        regions = d.regions() == null ? List.of() : d.regions();
        regionsText.set(RegionChoice.describe(d.regions(), d.mode() == HostingMode.OWN
                ? "your premises (meets any residency rule)" : "unknown (meets no residency rule)"));
    }
}
