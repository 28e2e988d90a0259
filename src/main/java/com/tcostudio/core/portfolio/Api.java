package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Section;

import java.util.List;
import java.util.Set;

/**
 * A commercial API paid per token: v1's closed fields ({@code closed.*} inputs) plus where the
 * provider processes data, its quality score and its contract terms.
 *
 * @param apiModel  catalogue entry the prices came from; null when typed in
 * @param regions   region codes where the provider processes data; null: unknown, satisfies no residency
 * @param quality   score on the catalogue's quality index; NaN: unrated
 * @param migration forced model migrations; null: none
 * @param committed committed capacity; null: all billed per token
 */
public record Api(String id, String name, Fields fields, CatalogueRef apiModel, List<String> regions, double quality,
                  Migration migration, Committed committed) {
    /** The inputs an API has: v1's {@code closed.*}. */
    public static final Set<Input> INPUTS = Fields.inputsOf(Section.CLOSED);

    public Api {
        regions = Regions.copy(regions);
        Problems p = new Problems();
        Ids.check(p, "id", id);
        Ids.checkName(p, "name", name);
        if (fields == null) {
            p.add("", "has no fields");
        } else {
            fields.check(p, INPUTS, Set.of());
        }
        if (regions != null) {
            Regions.check(p, "regions", regions);
        }
        p.number("quality", quality, 0, Workload.MAX_QUALITY, true);
        p.throwIfAny();
    }

    public boolean hasQuality() {
        return !Double.isNaN(quality);
    }

    public double get(Input input) {
        return fields.get(input);
    }

    /** The price of a cache read: the input price when there is no cache discount. */
    public double cachedInputPerMTok() {
        return fields.has(Input.CACHED_INPUT_PER_MTOK) ? fields.get(Input.CACHED_INPUT_PER_MTOK) : fields.get(Input.INPUT_PER_MTOK);
    }

    public Api withFields(Fields f) {
        return new Api(id, name, f, apiModel, regions, quality, migration, committed);
    }
}
