package com.tcostudio.ui.portfolio;

/**
 * An option a route can name: an API, a sized deployment (its fleet follows the load) or a fixed
 * fleet (what it cannot serve overflows to an API).
 */
public record TargetChoice(String id, String name, Kind kind) {
    public enum Kind {
        API("API"), SIZED("self-hosted"), FIXED("fixed fleet");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Override
    public String toString() {
        return name + " (" + kind.words() + ")";
    }
}
