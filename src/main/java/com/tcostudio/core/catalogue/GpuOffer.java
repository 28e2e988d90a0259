package com.tcostudio.core.catalogue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A GPU to rent or to buy, one entry of {@code gpu-offers.json}: one provider, GPU type and pricing
 * term. A rental has an hourly price and no capex; a purchase has capex and a depreciation period
 * and no hourly price. Mixing them would let the cost model count a GPU twice.
 *
 * @param instance           instance type or product name; empty when not given
 * @param hourlyPerGpu       USD per GPU-hour; present exactly for the rental terms
 * @param capexPerGpu        USD per GPU including its share of the server; present exactly for a purchase
 * @param powerWattsPerGpu   draw of one GPU with its share of the server, for the power bill of owned GPUs
 * @param depreciationMonths typical depreciation period; required for a purchase
 * @param regions            where the GPUs are (ISO country codes, EU or global); empty when not published
 * @param reservations       reserved terms the provider quotes for this GPU (rentals only); empty when none
 * @param networkingShare    share of {@code capexPerGpu} that is networking (purchases), where known
 * @param installationShare  share of {@code capexPerGpu} that is installation and integration, where known
 */
public record GpuOffer(String id, String provider, String instance, GpuType gpu, double gpuMemoryGb,
                       GpuPricing pricing, OptionalDouble hourlyPerGpu, OptionalDouble capexPerGpu,
                       double powerWattsPerGpu, OptionalInt depreciationMonths, List<String> regions,
                       PriceSource price, List<Reservation> reservations, OptionalDouble networkingShare,
                       OptionalDouble installationShare) {
    public GpuOffer {
        Checks.id("id", id);
        Checks.text("provider", provider);
        Checks.notNull("instance", instance);
        Checks.notNull("gpu", gpu);
        Checks.above("gpuMemoryGb", gpuMemoryGb, 0);
        Checks.notNull("pricing", pricing);
        Checks.atLeast("hourlyPerGpu", hourlyPerGpu, 0);
        Checks.atLeast("capexPerGpu", capexPerGpu, 0);
        Checks.atLeast("powerWattsPerGpu", powerWattsPerGpu, 0);
        Checks.atLeast("depreciationMonths", depreciationMonths, 1);
        if (pricing.isPurchase()) {
            if (hourlyPerGpu.isPresent()) {
                throw new InvalidCatalogueEntryException("hourlyPerGpu", "must be left out when pricing is purchase (was "
                        + Checks.format(hourlyPerGpu.getAsDouble()) + ")");
            }
            if (capexPerGpu.isEmpty()) {
                throw new InvalidCatalogueEntryException("capexPerGpu", "is required when pricing is purchase");
            }
            if (depreciationMonths.isEmpty()) {
                throw new InvalidCatalogueEntryException("depreciationMonths", "is required when pricing is purchase");
            }
        } else {
            if (capexPerGpu.isPresent()) {
                throw new InvalidCatalogueEntryException("capexPerGpu", "must be left out when pricing is "
                        + pricing.label() + " (was " + Checks.format(capexPerGpu.getAsDouble()) + ")");
            }
            if (hourlyPerGpu.isEmpty()) {
                throw new InvalidCatalogueEntryException("hourlyPerGpu", "is required when pricing is " + pricing.label());
            }
        }
        regions = Checks.regions("regions", regions);
        Checks.notNull("price", price);
        reservations = List.copyOf(Checks.notNull("reservations", reservations));
        if (pricing.isPurchase() && !reservations.isEmpty()) {
            throw new InvalidCatalogueEntryException("reservations", "must be left out when pricing is purchase");
        }
        Checks.notNull("networkingShare", networkingShare);
        Checks.notNull("installationShare", installationShare);
        networkingShare.ifPresent(v -> Checks.share("networkingShare", v));
        installationShare.ifPresent(v -> Checks.share("installationShare", v));
        if (!pricing.isPurchase() && (networkingShare.isPresent() || installationShare.isPresent())) {
            throw new InvalidCatalogueEntryException(networkingShare.isPresent() ? "networkingShare" : "installationShare",
                    "must be left out when pricing is " + pricing.label() + ": it is a share of a purchase price");
        }
    }

    /** A v1 offer: no reserved terms, no capex breakdown. */
    public GpuOffer(String id, String provider, String instance, GpuType gpu, double gpuMemoryGb,
                    GpuPricing pricing, OptionalDouble hourlyPerGpu, OptionalDouble capexPerGpu,
                    double powerWattsPerGpu, OptionalInt depreciationMonths, List<String> regions, PriceSource price) {
        this(id, provider, instance, gpu, gpuMemoryGb, pricing, hourlyPerGpu, capexPerGpu, powerWattsPerGpu,
                depreciationMonths, regions, price, List.of(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** How the price was obtained. */
    public Basis basis() {
        return price.basis();
    }

    public boolean isPurchase() {
        return pricing.isPurchase();
    }
}
