package com.tcostudio.ui.portfolio;

/**
 * One route of a use case in a plan, as its cell in the route matrix shows it.
 *
 * @param routeIndex the route's index in the plan (what a range on its share names)
 * @param shareText  the share as typed ("0.6"), empty when the route takes the rest
 * @param overflow   the API taking what a fixed fleet cannot serve; null for other targets
 * @param fixed      whether the target is a fixed fleet, so that the overflow picker shows
 */
public record RouteEntry(int routeIndex, String to, String shareText, String overflow, boolean fixed) {
    public boolean takesRest() {
        return shareText.isEmpty();
    }
}
