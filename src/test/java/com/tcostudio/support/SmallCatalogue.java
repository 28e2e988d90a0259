package com.tcostudio.support;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuPricing;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.ServingProfile;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A fixed catalogue small enough to check rankings by hand: a cheap US API and a dear one that
 * also keeps data in the UAE; H100 rentals in the US (2/h) and the UAE (6/h); a profile that fits
 * one H100 and one whose weights (400 GB) do not.
 */
public final class SmallCatalogue {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private SmallCatalogue() {
    }

    public static Catalogue of() {
        return Catalogue.of(
                List.of(api("acme/cheap", 0.5, 2, List.of("US"), 128_000), api("acme/dear", 5, 20, List.of("AE", "US"), 1_000_000)),
                List.of(rent("cloud/h100-us", 2.0, List.of("US")), rent("cloud/h100-ae", 6.0, List.of("AE"))),
                List.of(profile("fits", 1, 70), profile("too-big", 1, 400)),
                List.of());
    }

    private static ApiModel api(String id, double in, double out, List<String> regions, int context) {
        return new ApiModel(id, id.substring(0, id.indexOf('/')), id, in, out, OptionalDouble.empty(), 0,
                OptionalInt.of(context), regions, false, new PriceSource(AS_OF, "test", ""));
    }

    private static GpuOffer rent(String id, double hourly, List<String> regions) {
        return new GpuOffer(id, "Cloud", "", GpuType.H100, 80, GpuPricing.ON_DEMAND, OptionalDouble.of(hourly),
                OptionalDouble.empty(), 700, OptionalInt.empty(), regions, new PriceSource(AS_OF, "test", ""));
    }

    private static ServingProfile profile(String id, int gpus, double weightsGb) {
        return new ServingProfile(id, "Model " + id, "", GpuType.H100, "engine", "FP8", gpus, 20_000, 5_000,
                OptionalDouble.of(weightsGb), OptionalInt.of(128_000), "Apache-2.0", new PriceSource(AS_OF, "test", ""));
    }
}
