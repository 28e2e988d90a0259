package com.tcostudio.io.scenario;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.MeasuredPoint;
import com.tcostudio.core.catalogue.QualityScore;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Regions;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a catalogue entry says beyond the numbers of {@link CatalogueLookup}, for a version 2 part
 * that names it: where an API or a rental offer processes data, the quality score of an API model
 * or a serving profile, and a profile's measured operating points. Empty for a lookup that is not
 * the price catalogue (tests, {@link CatalogueLookup#NONE}).
 *
 * <p>Region codes the portfolio model does not know (the catalogue's {@code global}) are dropped:
 * "processed anywhere" promises no residency, the same as no regions at all.
 */
final class CatalogueDetails {
    private final Catalogue catalogue;

    private CatalogueDetails(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static CatalogueDetails of(CatalogueLookup lookup) {
        return new CatalogueDetails(lookup instanceof Catalogue ? (Catalogue) lookup : null);
    }

    Optional<List<String>> apiRegions(String id) {
        return catalogue == null ? Optional.empty() : catalogue.apiModel(id).flatMap(m -> known(m.regions()));
    }

    OptionalDouble apiQuality(String id) {
        return catalogue == null ? OptionalDouble.empty()
                : score(catalogue.apiModel(id).flatMap(m -> m.qualityScore()));
    }

    OptionalDouble profileQuality(String id) {
        return catalogue == null ? OptionalDouble.empty()
                : score(catalogue.servingProfile(id).flatMap(p -> p.qualityScore()));
    }

    List<OperatingPoint> profilePoints(String id) {
        if (catalogue == null) {
            return List.of();
        }
        return catalogue.servingProfile(id).map(p -> p.operatingPoints().stream().map(CatalogueDetails::point).toList())
                .orElse(List.of());
    }

    Optional<List<String>> offerRegions(String id) {
        return catalogue == null ? Optional.empty() : catalogue.gpuOffer(id).flatMap(o -> known(o.regions()));
    }

    private static OperatingPoint point(MeasuredPoint m) {
        return new OperatingPoint(m.outputTokensPerSecondPerUser(), m.prefillTokensPerSecond(), m.decodeTokensPerSecond(),
                m.timeToFirstTokenSeconds());
    }

    private static OptionalDouble score(Optional<QualityScore> q) {
        return q.map(s -> OptionalDouble.of(s.score())).orElse(OptionalDouble.empty());
    }

    private static Optional<List<String>> known(List<String> codes) {
        List<String> kept = codes.stream().filter(Regions::isKnown).distinct().toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }
}
