package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Workload;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * The use-case table: one {@link UseCaseRow} per workload of the portfolio, in file order, with the
 * commands add, duplicate, rename, remove and the residency picker. Typing into a field edits the
 * portfolio at once when the value is accepted, or shows the rule it breaks under the field (the
 * portfolio keeps its last valid value). Rows follow the portfolio through undo, redo and open.
 */
public final class UseCasesViewModel {
    private final PortfolioViewModel document;
    private final ObservableList<UseCaseRow> rows = FXCollections.observableArrayList();
    private final ObservableList<UseCaseRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** True while rows show the portfolio, so that filling them is not taken as typing. */
    private boolean showing;

    public UseCasesViewModel(PortfolioViewModel document) {
        this.document = document;
        document.portfolioProperty().addListener((o, was, p) -> refresh(p));
        refresh(document.portfolio());
    }

    public ObservableList<UseCaseRow> rows() {
        return readOnlyRows;
    }

    public Optional<UseCaseRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The refusal of the last command, in words ("... is the only use case"); empty after one that worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<RegionChoice> regionChoices() {
        return RegionChoice.all();
    }

    /** A new use case with the first one's numbers and no residency, quality or latency need. */
    public void add() {
        Portfolio p = document.portfolio();
        Workload model = p.workloads().get(0);
        String name = "Use case " + (p.workloads().size() + 1);
        Workload w = new Workload(PortfolioEdits.freshId(name, PortfolioEdits.workloadIds(p)), name, model.fields(),
                null, Double.NaN, Latency.NONE);
        command(() -> PortfolioEdits.addWorkload(p, w));
    }

    public void duplicate(String id) {
        Portfolio p = document.portfolio();
        String name = p.workload(id).orElseThrow().name() + " (copy)";
        command(() -> PortfolioEdits.duplicateWorkload(p, id, PortfolioEdits.freshId(name, PortfolioEdits.workloadIds(p)),
                name));
    }

    public void remove(String id) {
        command(() -> PortfolioEdits.removeWorkload(document.portfolio(), id));
    }

    /** Renames a use case (its id, which files and ranges refer to, stays); a blank name is refused under the name. */
    public void rename(String id, String name) {
        UseCaseRow row = row(id).orElseThrow();
        Optional<String> refused = document.edit(() -> change(id, w -> new Workload(w.id(), name == null ? "" : name.strip(),
                w.fields(), w.residency(), w.minQuality(), w.latency())), row.id() + "/name");
        row.setNameError(refused.map(r -> "Name " + r).orElse(""));
    }

    /** Where the use case's data may be processed; an empty list: anywhere. */
    public void setResidency(String id, List<String> codes) {
        List<String> r = codes == null || codes.isEmpty() ? null : List.copyOf(codes);
        command(() -> change(id, w -> new Workload(w.id(), w.name(), w.fields(), r, w.minQuality(), w.latency())));
    }

    private void command(java.util.function.Supplier<Portfolio> change) {
        message.set(document.edit(change, null).orElse(""));
    }

    private Portfolio change(String id, UnaryOperator<Workload> f) {
        return PortfolioEdits.replaceWorkload(document.portfolio(), id, f);
    }

    private void refresh(Portfolio p) {
        showing = true;
        try {
            List<Workload> ws = p.workloads();
            boolean same = rows.size() == ws.size();
            for (int i = 0; same && i < ws.size(); i++) {
                same = rows.get(i).id().equals(ws.get(i).id());
            }
            if (!same) {
                java.util.List<UseCaseRow> fresh = new java.util.ArrayList<>();
                for (Workload w : ws) {
                    UseCaseRow row = row(w.id()).orElseGet(() -> newRow(w.id(), p.currency().code()));
                    fresh.add(row);
                }
                rows.setAll(fresh);
            }
            for (int i = 0; i < ws.size(); i++) {
                rows.get(i).show(ws.get(i));
            }
        } finally {
            showing = false;
        }
    }

    private UseCaseRow newRow(String id, String currencyCode) {
        UseCaseRow row = new UseCaseRow(id, currencyCode);
        for (PartField f : row.fields()) {
            f.textProperty().addListener((o, was, is) -> typed(row, f));
        }
        return row;
    }

    private void typed(UseCaseRow row, PartField f) {
        if (showing) {
            return;
        }
        OptionalDouble v = f.parse();
        if (v.isEmpty()) {
            return;
        }
        double value = v.getAsDouble();
        Optional<String> refused = document.edit(() -> change(row.id(), w -> withValue(w, f.key(), value)),
                row.id() + "/" + f.key());
        refused.ifPresent(f::setError);
    }

    private static Workload withValue(Workload w, String key, double v) {
        switch (key) {
            case UseCaseRow.MIN_QUALITY:
                return new Workload(w.id(), w.name(), w.fields(), w.residency(), v, w.latency());
            case UseCaseRow.MIN_SPEED:
                return new Workload(w.id(), w.name(), w.fields(), w.residency(), w.minQuality(),
                        new Latency(v, w.latency().maxTimeToFirstTokenSeconds()));
            case UseCaseRow.MAX_FIRST_TOKEN:
                return new Workload(w.id(), w.name(), w.fields(), w.residency(), w.minQuality(),
                        new Latency(w.latency().minOutputTokensPerSecondPerUser(), v));
            default:
                Input input = Input.byPath(key).orElseThrow();
                Fields f = w.fields().with(input, v);
                return w.withFields(f);
        }
    }
}
