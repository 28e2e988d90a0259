package com.tcostudio.core.engine;

/** The pairs of setups whose break-even is reported: A becomes no dearer than B. */
public enum Pair {
    OPEN_VS_CLOSED("openVsClosed", Setup.OPEN, Setup.CLOSED),
    HYBRID_VS_CLOSED("hybridVsClosed", Setup.HYBRID, Setup.CLOSED),
    OPEN_VS_HYBRID("openVsHybrid", Setup.OPEN, Setup.HYBRID);

    private final String key;
    private final Setup a;
    private final Setup b;

    Pair(String key, Setup a, Setup b) {
        this.key = key;
        this.a = a;
        this.b = b;
    }

    public String key() {
        return key;
    }

    public Setup a() {
        return a;
    }

    public Setup b() {
        return b;
    }
}
