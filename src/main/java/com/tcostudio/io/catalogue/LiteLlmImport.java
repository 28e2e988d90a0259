package com.tcostudio.io.catalogue;

import com.tcostudio.core.catalogue.ApiModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import of a LiteLLM price file gave: the models it could convert, and the keys it
 * skipped grouped by reason, so the user can see that nothing went missing silently.
 *
 * @param models  the converted chat models, in file order
 * @param skipped reason (e.g. {@code mode embedding}, {@code no output price}) to the keys skipped
 *                for it, reasons in the order first met and keys in file order
 */
public record LiteLlmImport(List<ApiModel> models, Map<String, List<String>> skipped) {
    public LiteLlmImport {
        models = List.copyOf(models);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        skipped.forEach((reason, keys) -> copy.put(reason, List.copyOf(keys)));
        skipped = Collections.unmodifiableMap(copy);
    }

    /** Number of keys skipped, for every reason. */
    public int skippedCount() {
        return skipped.values().stream().mapToInt(List::size).sum();
    }

    /** Number of top-level keys of the file: every key is either imported or skipped. */
    public int entriesRead() {
        return models.size() + skippedCount();
    }

    /** One line per reason, most frequent first, e.g. {@code mode embedding: 124}. */
    public List<String> skippedSummary() {
        List<Map.Entry<String, List<String>>> reasons = new ArrayList<>(skipped.entrySet());
        reasons.sort(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : reasons) {
            lines.add(e.getKey() + ": " + e.getValue().size());
        }
        return lines;
    }
}
