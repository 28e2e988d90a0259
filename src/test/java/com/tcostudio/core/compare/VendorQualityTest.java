package com.tcostudio.core.compare;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Basis;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.QualityScore;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.SmallCatalogue;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quality filter, cost per quality point, estimated entries and price-on-request entries in the ranking. */
class VendorQualityTest {
    private static final double TOL = 1e-9;
    private static final LocalDate AS_OF = SmallCatalogue.AS_OF;

    private final Scenario base = TestScenarios.methodologyExample().hybridPolicy(HybridPolicy.NONE).build();

    private static ApiModel api(String id, double in, double out, double quality, Basis basis, boolean onRequest) {
        PriceSource price = new PriceSource(AS_OF, "test", "", basis, basis == Basis.QUOTED ? "" : "rule");
        Optional<QualityScore> q = Double.isNaN(quality) ? Optional.empty()
                : Optional.of(new QualityScore(quality, "arena test file", AS_OF));
        return new ApiModel(id, "Acme", id, onRequest ? Double.NaN : in, onRequest ? Double.NaN : out,
                OptionalDouble.empty(), 0, OptionalInt.of(128_000), List.of("AE"), false, price, Optional.empty(), q,
                onRequest, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private List<VendorComparison.Option> ranked() {
        Catalogue c = Catalogue.of(List.of(
                        api("acme/rated-1400", 0.5, 2, 1400, Basis.QUOTED, false),
                        api("acme/rated-1200", 0.4, 1.6, 1200, Basis.QUOTED, false),
                        api("acme/unrated", 0.1, 0.1, Double.NaN, Basis.QUOTED, false),
                        api("acme/guessed", 0.2, 0.2, 1450, Basis.ESTIMATED, false),
                        api("gulf/on-request", 0, 0, Double.NaN, Basis.QUOTED, true)),
                List.of(), List.of(), List.of());
        return VendorComparison.rank(base, c);
    }

    private static VendorComparison.Option find(List<VendorComparison.Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void costPerQualityPointIsTheTcoDividedByTheScore() {
        VendorComparison.Option o = find(ranked(), "acme/rated-1400");
        // tco / 1400: e.g. a TCO of 700,000 costs 500 per rating point
        assertEquals(o.tco() / 1400, o.costPerQualityPoint(), TOL);
        assertEquals(1400, o.quality(), 0);
        assertTrue(Double.isNaN(find(ranked(), "acme/unrated").costPerQualityPoint()));
    }

    @Test
    void theMinimumQualityKeepsOnlyRatedOptionsAtOrAboveIt() {
        List<VendorComparison.Option> kept = VendorComparison.ratedAtLeast(ranked(), 1400);
        // 1400 itself qualifies (at least), 1450 too; 1200 and the unrated ones do not
        assertEquals(List.of("acme/rated-1400", "acme/guessed"),
                kept.stream().map(VendorComparison.Option::id).sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void excludingEstimatesDropsOnlyEstimatedOptions() {
        List<VendorComparison.Option> all = ranked();
        List<VendorComparison.Option> kept = VendorComparison.withoutEstimates(all);
        assertEquals(all.size() - 1, kept.size());
        assertTrue(kept.stream().noneMatch(o -> o.id().equals("acme/guessed")));
        assertEquals(Basis.ESTIMATED, find(all, "acme/guessed").basis());
    }

    @Test
    void aPriceOnRequestEntryIsListedWithItsRegionsAfterThePricedOnesAndNeverPriced() {
        List<VendorComparison.Option> all = ranked();
        VendorComparison.Option gulf = find(all, "gulf/on-request");
        assertFalse(gulf.usable());
        assertTrue(gulf.priceOnRequest());
        assertEquals(VendorComparison.PRICE_ON_REQUEST, gulf.problem());
        assertTrue(Double.isNaN(gulf.tco()));
        assertEquals(List.of("AE"), gulf.residency());
        assertEquals(gulf, all.get(all.size() - 1));
        assertTrue(VendorComparison.stayingIn(all, "AE").contains(gulf));
    }

    @Test
    void theLeastCertainBasisWins() {
        assertEquals(Basis.ESTIMATED, VendorComparison.leastCertain(Basis.QUOTED, Basis.ESTIMATED));
        assertEquals(Basis.DERIVED, VendorComparison.leastCertain(Basis.DERIVED, Basis.QUOTED));
        assertEquals(Basis.QUOTED, VendorComparison.leastCertain(Basis.QUOTED, Basis.QUOTED));
    }
}
